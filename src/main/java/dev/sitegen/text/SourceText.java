package dev.sitegen.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a field before parsing: removes characters that could forge placeholders and repairs damage seen in
 * real digests (lost backslashes, doubled escapes, garbled emphasis runs).
 */
final class SourceText {

    /**
     * A command right after "$" whose "\t" or "\n" became whitespace when the digest was exported
     * (e.g. "$ exttt{Sonata}$", "$" newline "abla$"); group 1 is the rest of the command name.
     */
    private static final Pattern BROKEN_COMMAND =
            Pattern.compile("\\$[ \\t\\n](ext(?:bf|it|tt|sc|rm|normal)?\\{|abla\\b|imes\\b|heta\\b|au\\b)");

    private static final Pattern DOUBLE_ESCAPE = Pattern.compile("\\\\\\\\([%&#_])");

    private static final Pattern EMPTY_EMPHASIS = Pattern.compile("\\*{4,}");

    private SourceText() {}

    static String normalize(String source) {
        // Most texts need no change: return them as they are, so callers (and RichText's memo) share one copy.
        String text = withoutDropped(source);
        // "\\\\%" is a doubly escaped "\\%" (a TeX line break followed by a comment is never meant).
        text = text.indexOf("\\\\") < 0 ? text : DOUBLE_ESCAPE.matcher(text).replaceAll("\\\\$1");
        // "***C****onditional": four or more asterisks are an empty close-and-reopen that CommonMark shows as text.
        text = text.contains("****") ? EMPTY_EMPHASIS.matcher(text).replaceAll("") : text;
        if (text.indexOf('$') < 0) {
            return text;
        }
        return BROKEN_COMMAND.matcher(text).replaceAll(m -> {
            String rest = m.group(1);
            String lost = rest.startsWith("abla") ? "n" : "t";
            return Matcher.quoteReplacement("$\\" + lost + rest);
        });
    }

    private static boolean isDropped(char c) {
        return c == '\r' || c == '\u0000' || Markup.isPlaceholder(c);
    }

    /** {@code source} without dropped characters: the same string when it has none. */
    private static String withoutDropped(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (!isDropped(c)) {
                if (out != null) {
                    out.append(c);
                }
            } else if (out == null) {
                out = new StringBuilder(source.length()).append(source, 0, i);
            }
        }
        return out == null ? source : out.toString();
    }
}
