package dev.sitegen.catalog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes digest text safe for a plain-text title: LaTeX commands to Unicode or dropped, no {@code $}, no Markdown. */
final class PlainText {
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\s*");
    private static final Pattern MARKUP = Pattern.compile("[$*_^{}`]|\\\\(?=[%&#])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * "$ exttt{Sonata}$": a {@code \texttt} whose backslash and t were read as a tab upstream; the command's rest
     * is no word of the text.
     */
    private static final Pattern TAB_EATEN = Pattern.compile("(?<=^|[\\s$])ext(?:tt|bf|it|sc|rm|sf)(?=\\{)");

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
        if (isPlain(text)) {
            return text.strip();
        }
        Matcher m = COMMAND.matcher(TAB_EATEN.matcher(text).replaceAll(""));
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String symbol = SYMBOLS.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(symbol != null ? symbol : ""));
        }
        m.appendTail(out);
        return SPACES.matcher(MARKUP.matcher(out).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }

    /** Most text has no markup at all; one scan spares the three regexes. */
    private static boolean isPlain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\$*_^{}`".indexOf(c) >= 0 || (Character.isWhitespace(c) && (c != ' ' || previous == ' '))) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
