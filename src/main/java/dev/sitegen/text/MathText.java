package dev.sitegen.text;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns TeX math into a readable plain-text approximation ({@code \nabla} → ∇, {@code TS^2} → TS²,
 * {@code \textbf{DPad}} → DPad): the fallback shown before KaTeX runs and the text for the search index.
 */
final class MathText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"),
            Map.entry("beta", "β"),
            Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"),
            Map.entry("varepsilon", "ε"),
            Map.entry("zeta", "ζ"),
            Map.entry("eta", "η"),
            Map.entry("theta", "θ"),
            Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"),
            Map.entry("nu", "ν"),
            Map.entry("xi", "ξ"),
            Map.entry("pi", "π"),
            Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"),
            Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"),
            Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"),
            Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"),
            Map.entry("Pi", "Π"),
            Map.entry("times", "×"),
            Map.entry("cdot", "·"),
            Map.entry("sim", "~"),
            Map.entry("approx", "≈"),
            Map.entry("leq", "≤"),
            Map.entry("le", "≤"),
            Map.entry("geq", "≥"),
            Map.entry("ge", "≥"),
            Map.entry("neq", "≠"),
            Map.entry("ne", "≠"),
            Map.entry("pm", "±"),
            Map.entry("to", "→"),
            Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"),
            Map.entry("Rightarrow", "⇒"),
            Map.entry("uparrow", "↑"),
            Map.entry("downarrow", "↓"),
            Map.entry("infty", "∞"),
            Map.entry("nabla", "∇"),
            Map.entry("partial", "∂"),
            Map.entry("sum", "∑"),
            Map.entry("prod", "∏"),
            Map.entry("in", "∈"),
            Map.entry("mid", "|"),
            Map.entry("propto", "∝"),
            Map.entry("circ", "∘"),
            Map.entry("ell", "ℓ"),
            Map.entry("top", "⊤"),
            Map.entry("textperthousand", "‰"),
            Map.entry("ldots", "…"),
            Map.entry("cdots", "⋯"),
            Map.entry("dots", "…"),
            Map.entry("log", "log"),
            Map.entry("exp", "exp"),
            Map.entry("max", "max"),
            Map.entry("min", "min"),
            Map.entry("quad", " "),
            Map.entry("qquad", " "),
            Map.entry("checkmark", "✓"),
            Map.entry("star", "⋆"),
            Map.entry("ast", "∗"));

    /** Commands whose name disappears while their argument stays. */
    private static final Set<String> UNWRAP = Set.of("""
            text textbf textit texttt textsc textnormal textrm textsf emph underline mathrm mathbf
            mathit mathcal mathbb mathsf mathtt mathord boldsymbol bm operatorname mbox hat bar
            tilde vec overline
            """.strip().split("\\s+"));

    private static final Set<String> WORDLIKE = Set.of("in", "to", "le", "ge", "ne", "mid", "top", "star");

    private static final String SUPER_FROM = "0123456789+-=()n";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
    private static final String SUB_FROM = "0123456789+-=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    /**
     * Readable text that is only numbers, units and plain symbols ({@code 40%}, {@code 1.5B}, {@code 2.3×},
     * {@code ~6%}, {@code 10²}): it reads the same as text, so it needs no math library.
     */
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?:[\\p{Nd}\\s.,:%‰°+\\-−–~≈±×·<>≤≥=/()⁰¹²³⁴⁵⁶⁷⁸⁹↑↓→←]"
            + "|(?<=[\\p{Nd}\\s])(?:GB|MB|TB|FLOPs|ms|pp|dB|[KMBTGkxsh])(?![A-Za-z]))+");

    private MathText() {}

    /** True when {@code tex} reads as numbers, units or plain symbols only, so it can be printed as text. */
    static boolean isNumberLike(String tex) {
        String readable = readable(tex);
        return !readable.isBlank() && NUMBER_LIKE.matcher(readable).matches();
    }

    /**
     * Restores a symbol whose backslash was lost in the digest ({@code $sim$6%} → {@code \\sim}); the name
     * must be a known symbol that is not also a plausible variable name or word ({@code $in$}, {@code $to$}).
     */
    static String repairBareSymbol(String tex) {
        boolean symbol = SYMBOLS.containsKey(tex) && !tex.equals(SYMBOLS.get(tex)) && !WORDLIKE.contains(tex);
        return symbol ? "\\" + tex : tex;
    }

    /** The TeX for KaTeX, with commands KaTeX lacks (<code>&#92;unicode</code>, per-mille) replaced by characters. */
    static String forKatex(String tex) {
        return replaceUnicode(tex.replace("\\textperthousand", "\\text{‰}"));
    }

    private static String replaceUnicode(String tex) {
        int at = tex.indexOf("\\unicode{");
        if (at < 0) {
            return tex;
        }
        int close = TexScan.matchingBrace(tex, at + 8);
        if (close < 0) {
            return tex;
        }
        return tex.substring(0, at)
                + TexScan.unicode(tex.substring(at + 9, close))
                + replaceUnicode(tex.substring(close + 1));
    }

    static String readable(String tex) {
        StringBuilder out = new StringBuilder(tex.length());
        append(tex, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(String s, StringBuilder out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = command(s, i + 1, out);
            } else if (c == '{') {
                int close = TexScan.matchingBrace(s, i);
                append(s.substring(i + 1, close < 0 ? s.length() : close), out);
                i = close < 0 ? s.length() : close + 1;
            } else if (c == '^' || c == '_') {
                i = script(s, i + 1, c == '^', out);
            } else if (c == '}' || c == '$') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static int command(String s, int at, StringBuilder out) {
        if (at >= s.length()) {
            return at;
        }
        if (!TexScan.isAsciiLetter(s.charAt(at))) {
            char c = s.charAt(at);
            out.append(c == ',' || c == ';' || c == ' ' || c == ':' ? " " : c == '!' ? "" : String.valueOf(c));
            return at + 1;
        }
        int end = TexScan.nameEnd(s, at);
        String name = s.substring(at, end);
        int unicodeEnd = name.equals("unicode") ? TexScan.argumentEnd(s, end) : -1;
        if (unicodeEnd > 0) {
            out.append(TexScan.unicode(s.substring(end + 1, unicodeEnd - 1)));
            return unicodeEnd;
        }
        if (name.equals("frac")) {
            return fraction(s, end, out);
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
        } else if (!UNWRAP.contains(name) && !name.equals("left") && !name.equals("right")) {
            out.append(name);
        }
        return end;
    }

    private static int fraction(String s, int at, StringBuilder out) {
        int numeratorEnd = TexScan.argumentEnd(s, at);
        int denominatorEnd = numeratorEnd < 0 ? -1 : TexScan.argumentEnd(s, numeratorEnd);
        if (denominatorEnd < 0) {
            out.append("frac");
            return at;
        }
        append(s.substring(at + 1, numeratorEnd - 1), out);
        out.append('/');
        append(s.substring(numeratorEnd + 1, denominatorEnd - 1), out);
        return denominatorEnd;
    }

    private static int script(String s, int at, boolean sup, StringBuilder out) {
        String arg;
        int next;
        if (at < s.length() && s.charAt(at) == '{') {
            int close = TexScan.matchingBrace(s, at);
            arg = s.substring(at + 1, close < 0 ? s.length() : close);
            next = close < 0 ? s.length() : close + 1;
        } else if (at < s.length() && s.charAt(at) != '\\') {
            arg = String.valueOf(s.charAt(at));
            next = at + 1;
        } else {
            out.append(sup ? '^' : '_');
            return at;
        }
        if (sup && arg.strip().equals("\\circ")) {
            out.append('°');
            return next;
        }
        StringBuilder inner = new StringBuilder();
        append(arg, inner);
        String mapped = mapAll(inner.toString(), sup ? SUPER_FROM : SUB_FROM, sup ? SUPER_TO : SUB_TO);
        out.append(mapped != null ? mapped : (sup ? "^" : "_") + inner);
        return next;
    }

    private static String mapAll(String text, String from, String to) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int k = from.indexOf(text.charAt(i));
            if (k < 0) {
                return null;
            }
            out.append(to.charAt(k));
        }
        return out.toString();
    }
}
