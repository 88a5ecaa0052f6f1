package dev.sitegen.discover;

import java.util.List;

/**
 * One neighbour of a paper: its id, cosine similarity in [0, 1], and why it is related — the
 * canonical tag names both papers carry and the shared terms that weigh most in the similarity.
 */
public record Related(String paperId, double score, List<String> sharedTags, List<String> sharedTerms) {
    public Related {
        sharedTags = List.copyOf(sharedTags);
        sharedTerms = List.copyOf(sharedTerms);
    }
}
