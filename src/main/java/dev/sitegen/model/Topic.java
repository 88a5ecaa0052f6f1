package dev.sitegen.model;

import java.util.List;

/** A topic section of the digest with its papers in digest order. */
public record Topic(String slug, String name, String area, List<Paper> papers) {
    public Topic {
        papers = List.copyOf(papers);
    }
}
