package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One paper of the digest.
 *
 * <p>{@code id} depends on this paper's own content only (its abstract), so its permalink survives
 * edits elsewhere in the digest and changes to the title heuristic. {@code title} is derived plain
 * text (the digest has no titles). {@code method} is the proposed method's name where one could be
 * found. The other text fields hold repaired source text (still Markdown/LaTeX); rendering happens later.
 */
public record Paper(
        String id,
        String title,
        Optional<String> method,
        String area,
        String topic,
        List<TagRef> tags,
        Optional<String> tldr,
        List<SummaryField> fields,
        List<String> abstractParagraphs,
        SourceLocation source) {

    public Paper {
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
        abstractParagraphs = List.copyOf(abstractParagraphs);
    }

    /** The field with this label, if the paper has it. */
    public Optional<SummaryField> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst();
    }
}
