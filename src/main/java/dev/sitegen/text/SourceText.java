package dev.sitegen.text;

import java.util.regex.Pattern;

/** Cleans a field before parsing: removes characters that could forge placeholders and repairs known damage. */
final class SourceText {

    /** "\texttt" whose "\t" became whitespace when the digest was exported (e.g. "$ exttt{Sonata}$"). */
    private static final Pattern BROKEN_TEXT = Pattern.compile("\\$[ \\t]ext(bf|it|tt|sc|rm|normal|)\\{");

    private SourceText() { }

    static String normalize(String source) {
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\r' || c == '\u0000' || Markup.isPlaceholder(c)) {
                continue;
            }
            out.append(c);
        }
        String text = out.toString();
        return text.indexOf('$') >= 0 ? BROKEN_TEXT.matcher(text).replaceAll("\\$\\\\text$1{") : text;
    }
}
