package dev.sitegen.text;

/**
 * Placeholder characters (Unicode private use area) that carry our own markup through flexmark untouched.
 *
 * <p>Text-mode LaTeX such as {@code \textbf{…}} becomes an open/close pair and each math span becomes
 * {@code MATH_OPEN index MATH_CLOSE}; after Markdown rendering they are swapped for real tags. Any such
 * character in the source is removed first, so content can never forge markup.
 */
enum Markup {
    STRONG('\uE010', "strong"),
    EM('\uE012', "em"),
    CODE('\uE014', "code"),
    UNDERLINE('\uE016', "u"),
    SUP('\uE018', "sup"),
    SUB('\uE01A', "sub");

    static final char MATH_OPEN = '\uE000';
    static final char MATH_CLOSE = '\uE001';
    private static final char FIRST = '\uE000';
    private static final char LAST = '\uE0FF';

    final char open;
    final char close;
    final String tag;

    Markup(char open, String tag) {
        this.open = open;
        this.close = (char) (open + 1);
        this.tag = tag;
    }

    static boolean isPlaceholder(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** The tag a placeholder stands for, e.g. {@code <strong>} or {@code </strong>}; null if none. */
    static String tagFor(char c) {
        for (Markup m : values()) {
            if (c == m.open) {
                return "<" + m.tag + ">";
            }
            if (c == m.close) {
                return "</" + m.tag + ">";
            }
        }
        return null;
    }
}
