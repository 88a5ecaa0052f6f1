package dev.sitegen.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * A topic section of the digest with its papers in digest order. {@code declaredCount} is the count
 * its section header announced ({@code 推理与思维链169 篇}), if it had one.
 */
public record Topic(String slug, String name, String area, List<Paper> papers, OptionalInt declaredCount) {
    public Topic {
        papers = List.copyOf(papers);
    }
}
