package dev.sitegen.digest;

import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import java.util.List;
import java.util.Optional;

/**
 * One paper as the digest wrote it, with text repairs applied: area, topic, tags as written (split but
 * not canonicalised), optional TL;DR, labelled summary fields and the abstract as paragraphs.
 */
public record DigestEntry(
        SourceLocation source,
        String area,
        String topic,
        List<String> tags,
        Optional<String> tldr,
        List<SummaryField> fields,
        List<String> abstractParagraphs) {

    public DigestEntry {
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
        abstractParagraphs = List.copyOf(abstractParagraphs);
    }

    /** The abstract as one string, paragraphs separated by blank lines. */
    public String abstractText() {
        return String.join("\n\n", abstractParagraphs);
    }
}
