package dev.sitegen.text;

import java.util.Map;
import java.util.Set;

/**
 * Rewrites text-mode LaTeX (outside math) as Markdown plus {@link Markup} placeholders.
 *
 * <p>{@code \textbf{X}} → strong, {@code \textit}/{@code \emph} → em, {@code \texttt} → code,
 * <code>&#92;underline</code> → u, <code>&#92;url</code>/{@code \href}/{@code \hyperref} → Markdown links, escapes such as
 * {@code \%} stay Markdown escapes, {@code ~} → no-break space, {@code ``…''} → curly quotes, {@code --}/{@code ---}
 * → dashes, bare braces are dropped as in LaTeX. An unknown macro shows its argument, or its name when it has
 * none ({@code \tsc{rBridge}} → rBridge, {@code \ours} → ours).
 */
final class LatexText {

    private static final Map<String, Markup> STYLES = Map.of(
            "textbf",
            Markup.STRONG,
            "textit",
            Markup.EM,
            "emph",
            Markup.EM,
            "textsl",
            Markup.EM,
            "texttt",
            Markup.CODE,
            "underline",
            Markup.UNDERLINE,
            "uline",
            Markup.UNDERLINE,
            "textsuperscript",
            Markup.SUP,
            "textsubscript",
            Markup.SUB);

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ie", "i.e."),
            Map.entry("eg", "e.g."),
            Map.entry("etc", "etc."),
            Map.entry("etal", "et al."),
            Map.entry("vs", "vs."),
            Map.entry("textperthousand", "‰"),
            Map.entry("ldots", "…"),
            Map.entry("dots", "…"),
            Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"),
            Map.entry("LaTeX", "LaTeX"),
            Map.entry("TeX", "TeX"),
            Map.entry("textasciitilde", "~"),
            Map.entry("faGithub", ""),
            Map.entry("noindent", ""),
            Map.entry("newline", " "),
            Map.entry("par", " "));

    /** Commands whose (first) argument is dropped entirely: colours, citations, labels. */
    private static final Set<String> DROPPED = Set.of("color", "citep", "citet", "cite", "label", "vspace", "hspace");

    private LatexText() {}

    /** Markdown for one text segment (no math in it). */
    static String toMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        append(text, out);
        return out.toString();
    }

    private static void append(String s, StringBuilder out) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = TexScan.isAsciiLetter(s.charAt(i + 1)) ? command(s, i + 1, out) : escape(s, i + 1, out);
            } else if (c == '{') {
                int close = TexScan.matchingBrace(s, i);
                if (close < 0) {
                    out.append(c);
                    i++;
                } else {
                    append(s.substring(i + 1, close), out);
                    i = close + 1;
                }
            } else if (c == '~'
                    && i > 0
                    && i + 1 < n
                    && !Character.isWhitespace(s.charAt(i - 1))
                    && s.charAt(i - 1) != '/'
                    && !Character.isWhitespace(s.charAt(i + 1))) {
                out.append('\u00A0');
                i++;
            } else if (s.startsWith("``", i)) {
                out.append('“');
                i += 2;
            } else if (s.startsWith("''", i)) {
                out.append('”');
                i += 2;
            } else if (s.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (s.startsWith("--", i)
                    && i > 0
                    && Character.isLetterOrDigit(s.charAt(i - 1))
                    && i + 2 < n
                    && Character.isLetterOrDigit(s.charAt(i + 2))) {
                out.append('–');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static int escape(String s, int at, StringBuilder out) {
        char c = s.charAt(at);
        switch (c) {
            case ',', ';', ' ', ':' -> out.append(' ');
            case '\\' -> out.append(' ');
            case '-', '/', '@' -> {}
            // Markdown's own backslash escape turns \% \_ \& \# \$ \{ \} \* into the literal character.
            default -> out.append('\\').append(c);
        }
        return at + 1;
    }

    private static int command(String s, int at, StringBuilder out) {
        int end = TexScan.nameEnd(s, at);
        String name = s.substring(at, end);
        Markup style = STYLES.get(name);
        if (style != null) {
            return wrap(s, end, String.valueOf(style.open), String.valueOf(style.close), out);
        }
        switch (name) {
            case "url":
                return LatexLinks.url(s, end, out);
            case "href":
                return LatexLinks.href(s, end, out);
            case "hyperref":
                return LatexLinks.hyperref(s, end, out);
            case "footnote":
                return wrap(s, end, " (", ")", out);
            case "textcolor":
                return unwrap(s, skipArgument(s, end), out);
            case "ding":
                return ding(s, end, out);
            default:
                break;
        }
        if (DROPPED.contains(name)) {
            return skipArgument(s, skipOptional(s, end));
        }
        String word = WORDS.get(name);
        if (word != null) {
            out.append(word);
            return emptyGroup(s, end);
        }
        int argEnd = TexScan.argumentEnd(s, end);
        if (argEnd > end + 2) {
            return unwrap(s, end, out);
        }
        out.append(name);
        return argEnd > 0 ? argEnd : end;
    }

    /** The {@code {…}} argument at {@code at}, converted, between {@code before} and {@code after}. */
    private static int wrap(String s, int at, String before, String after, StringBuilder out) {
        int close = TexScan.argumentEnd(s, at);
        if (close < 0) {
            return at;
        }
        out.append(before);
        append(s.substring(at + 1, close - 1), out);
        out.append(after);
        return close;
    }

    private static int unwrap(String s, int at, StringBuilder out) {
        return wrap(s, at, "", "", out);
    }

    private static int ding(String s, int at, StringBuilder out) {
        int close = TexScan.argumentEnd(s, at);
        if (close < 0) {
            return at;
        }
        String arg = s.substring(at + 1, close - 1).strip();
        int code = arg.matches("\\d{3}") ? Integer.parseInt(arg) : -1;
        // pifont: 172–181 are ①–⑩, 182–191 are ❶–❿.
        if (code >= 172 && code <= 181) {
            out.append((char) ('\u2460' + code - 172));
        } else if (code >= 182 && code <= 191) {
            out.append((char) ('\u2776' + code - 182));
        }
        return close;
    }

    private static int skipArgument(String s, int at) {
        int end = TexScan.argumentEnd(s, at);
        return end < 0 ? at : end;
    }

    private static int skipOptional(String s, int at) {
        if (at < s.length() && s.charAt(at) == '[') {
            int close = s.indexOf(']', at);
            return close < 0 ? at : close + 1;
        }
        return at;
    }

    private static int emptyGroup(String s, int at) {
        return s.startsWith("{}", at) ? at + 2 : at;
    }
}
