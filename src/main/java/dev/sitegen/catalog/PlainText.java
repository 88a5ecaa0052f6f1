package dev.sitegen.catalog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes digest text safe for a plain-text title: LaTeX commands to Unicode or dropped, no {@code $}, no Markdown. */
final class PlainText {
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\s*");
    /**
     * "$ exttt{Sonata}$": a {@code \texttt} whose backslash and t were read as a tab upstream; the command's rest
     * is no word of the text. The lookahead lets the lookbehind run only where "ext" starts.
     */
    private static final Pattern TAB_EATEN = Pattern.compile("(?=ext)(?<=^|[\\s$])ext(?:tt|bf|it|sc|rm|sf)(?=\\{)");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("nabla", "∇"),
            Map.entry("alpha", "α"),
            Map.entry("beta", "β"),
            Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"),
            Map.entry("varepsilon", "ε"),
            Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"),
            Map.entry("pi", "π"),
            Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"),
            Map.entry("phi", "φ"),
            Map.entry("rho", "ρ"),
            Map.entry("times", "×"),
            Map.entry("infty", "∞"),
            Map.entry("leq", "≤"),
            Map.entry("geq", "≥"),
            Map.entry("to", "→"),
            Map.entry("rightarrow", "→"),
            Map.entry("approx", "≈"),
            Map.entry("pm", "±"));

    private PlainText() {}

    static String of(String raw) {
        // TeX quotes ``like this'' are typographic quotes; a backtick alone is Markdown and goes below.
        String text = raw.contains("``") || raw.contains("''")
                ? raw.replace("``", "“").replace("''", "”")
                : raw;
        // Each regex needs a character most text lacks: a look for it spares the scan.
        if (text.indexOf('{') >= 0) {
            text = TAB_EATEN.matcher(text).replaceAll("");
        }
        if (text.indexOf('\\') >= 0) {
            text = withSymbols(text);
        }
        return withoutMarkup(text).strip();
    }

    /** TeX commands as their symbols, or dropped with the spaces after them. */
    private static String withSymbols(String text) {
        Matcher m = COMMAND.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String symbol = SYMBOLS.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(symbol != null ? symbol : ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The text without {@code $*_^{}`} and a backslash that escapes {@code %&#}, each run of spaces, tabs and line
     * breaks (a regex's {@code \s}) one space, including runs that a dropped mark joined.
     */
    private static String withoutMarkup(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            switch (c) {
                case '$', '*', '_', '^', '{', '}', '`' -> {}
                case '\\' -> {
                    if (i + 1 == in.length || "%&#".indexOf(in[i + 1]) < 0) {
                        out[n++] = c;
                    }
                }
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                    if (n == 0 || out[n - 1] != ' ') {
                        out[n++] = ' ';
                    }
                }
                default -> out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
