package dev.sitegen.search;

import java.util.stream.Collectors;

/** The weighted fields BM25F scores over: what a reader names a paper by counts most. */
public enum SearchField {
    TITLE(8),
    METHOD(8),
    TAGS(4),
    TLDR(2),
    SUMMARY(2),
    ABSTRACT(1);

    private final double weight;

    SearchField(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** This field's text in {@code doc} (empty when the paper lacks it). */
    public String text(SearchDocument doc) {
        return switch (this) {
            case TITLE -> doc.title();
            case METHOD -> doc.method().orElse("");
            case TAGS ->
                doc.tags().stream()
                        .map(t -> t.written().equals(t.name()) ? t.name() : t.written() + "\n" + t.name())
                        .collect(Collectors.joining("\n"));
            case TLDR -> doc.tldr().orElse("");
            case SUMMARY -> doc.fieldsText();
            case ABSTRACT -> doc.abstractText();
        };
    }
}
