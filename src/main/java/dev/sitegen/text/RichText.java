package dev.sitegen.text;

/**
 * Turns one field of digest text into safe HTML or plain text. Thread-safe: build one and share it.
 *
 * <p>PLACEHOLDER until the rich-text work lands: escapes only.
 */
public final class RichText {

    /** A block of text as one or more paragraphs ({@code <p>…</p>}). */
    public Html block(String source) {
        return new Html("<p>" + org.jsoup.nodes.Entities.escape(source) + "</p>", false);
    }

    /** A short text rendered inline, with no block wrapper (titles, TL;DR, list summaries). */
    public Html inline(String source) {
        return new Html(org.jsoup.nodes.Entities.escape(source), false);
    }

    /** The text a reader sees, with all markup and LaTeX removed (search index, meta descriptions). */
    public String plain(String source) {
        return source;
    }
}
