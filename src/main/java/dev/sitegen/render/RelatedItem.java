package dev.sitegen.render;

import java.util.List;

/** A similar paper on a paper page and why: the tags both carry (as links) and the shared words that weigh most. */
public record RelatedItem(Link paper, List<Link> tags, List<String> terms) {
    public RelatedItem {
        tags = List.copyOf(tags);
        terms = List.copyOf(terms);
    }
}
