package dev.sitegen.text;

/**
 * Text-mode link commands as Markdown links: <code>&#92;url{u}</code>, {@code \href{u}{text}} and
 * {@code \hyperref[u]{text}}. Schemes are judged later by {@link HtmlSanitizer}, the single gate for links.
 */
final class LatexLinks {

    private LatexLinks() {}

    static int url(String s, int at, StringBuilder out) {
        int close = TexScan.argumentEnd(s, at);
        if (close < 0) {
            return at;
        }
        String url = s.substring(at + 1, close - 1).strip();
        link(url, escapeMarkdown(url), out);
        return close;
    }

    static int href(String s, int at, StringBuilder out) {
        int urlEnd = TexScan.argumentEnd(s, at);
        int textEnd = urlEnd < 0 ? -1 : TexScan.argumentEnd(s, urlEnd);
        if (textEnd < 0) {
            return urlEnd < 0 ? at : url(s, at, out);
        }
        link(s.substring(at + 1, urlEnd - 1).strip(), LatexText.toMarkdown(s.substring(urlEnd + 1, textEnd - 1)), out);
        return textEnd;
    }

    static int hyperref(String s, int at, StringBuilder out) {
        if (at >= s.length() || s.charAt(at) != '[') {
            return at;
        }
        int bracket = s.indexOf(']', at);
        int textEnd = bracket < 0 ? -1 : TexScan.argumentEnd(s, bracket + 1);
        if (textEnd < 0) {
            return at;
        }
        link(s.substring(at + 1, bracket).strip(), LatexText.toMarkdown(s.substring(bracket + 2, textEnd - 1)), out);
        return textEnd;
    }

    private static void link(String url, String markdownText, StringBuilder out) {
        if (url.isEmpty() || url.chars().anyMatch(ch -> ch == '<' || ch == '>' || Character.isWhitespace(ch))) {
            out.append(markdownText);
            return;
        }
        // The sanitizer is the gate for schemes; the angle form keeps parentheses in URLs intact.
        out.append('[')
                .append(markdownText.isBlank() ? escapeMarkdown(url) : markdownText)
                .append("](<")
                .append(url)
                .append(">)");
    }

    private static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>!&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
