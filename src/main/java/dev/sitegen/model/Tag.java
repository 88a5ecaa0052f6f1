package dev.sitegen.model;

import java.util.List;

/**
 * A canonical tag: every spelling that folds into one concept ({@code LLM}, {@code LLMs},
 * {@code Large Language Models}). {@code name} is the display form (the most common spelling);
 * {@code spellings} are all written forms, most common first; {@code paperIds} in catalog order.
 */
public record Tag(String slug, String name, List<String> spellings, List<String> paperIds) {
    public Tag {
        spellings = List.copyOf(spellings);
        paperIds = List.copyOf(paperIds);
    }

    public int count() {
        return paperIds.size();
    }
}
