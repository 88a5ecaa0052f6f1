package dev.sitegen.search;

import java.util.List;
import java.util.Optional;

/**
 * One paper as the search stage needs it, in reader-visible plain text, so search never depends on the
 * renderer. {@code url} is relative to the site root; {@code sourceLine} is the digest line the paper
 * starts at (tests map digest entries to index documents by it).
 */
public record SearchDocument(
        String id,
        String url,
        String title,
        Optional<String> method,
        String topic,
        List<SearchTag> tags,
        Optional<String> tldr,
        String fieldsText,
        String abstractText,
        int sourceLine) {

    public SearchDocument {
        tags = List.copyOf(tags);
    }
}
