package dev.sitegen.render;

import java.util.List;

/**
 * A similar paper on a paper page and why: the tags both carry (as links) and the shared words that weigh most.
 * {@code titleLang} is {@code en} for a Latin-script title and empty for a Chinese one (the page's language).
 */
public record RelatedItem(Link paper, String titleLang, List<Link> tags, List<Term> terms) {
    public RelatedItem {
        tags = List.copyOf(tags);
        terms = List.copyOf(terms);
    }

    /** A shared word; {@code lang} is {@code en} for Latin-script words and empty for Chinese ones (the page's language). */
    public record Term(String text, String lang) {
        public static Term of(String text) {
            return new Term(text, langOf(text));
        }
    }

    /** {@code en} unless the text contains Chinese characters. */
    public static String langOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Ideographs lie above U+2E80; a plain loop, since this runs for every shared word of every page.
            if (text.charAt(i) >= '\u2e80' && Character.isIdeographic(text.codePointAt(i))) {
                return "";
            }
        }
        return "en";
    }
}
