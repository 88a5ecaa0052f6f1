package dev.sitegen.digest;

import java.util.List;
import java.util.Map;

/**
 * Restores LaTeX commands whose backslash escape was decoded by some tool along the way: {@code \n} in
 * {@code \nabla} became a line break, {@code \t} in {@code \theta} a TAB, {@code \b} in {@code \beta} a
 * backspace, and so on. A repair needs the rest of a known command name right after the damage, so a
 * real TAB before an ordinary word stays a TAB.
 */
final class EscapeRepair {
    private static final Map<Character, List<String>> COMMANDS = Map.of(
            'n', List.of("nabla", "neq", "nu", "not", "notin", "ne", "newline", "nleq", "ngeq", "nolimits"),
            't',
                    List.of(
                            "theta",
                            "tau",
                            "textbf",
                            "textit",
                            "texttt",
                            "textrm",
                            "textsc",
                            "text",
                            "times",
                            "tilde",
                            "top",
                            "to",
                            "tfrac",
                            "tanh",
                            "triangle"),
            'r', List.of("rho", "rightarrow", "right", "rangle", "rvert", "rVert", "rceil", "rfloor", "rm"),
            'b',
                    List.of(
                            "beta",
                            "boldsymbol",
                            "bar",
                            "bm",
                            "begin",
                            "bigl",
                            "bigr",
                            "big",
                            "binom",
                            "bf",
                            "bullet",
                            "bot"),
            'f', List.of("frac", "forall", "footnote", "flat"),
            'v', List.of("varepsilon", "varphi", "vartheta", "varrho", "vec", "vee", "vert", "vdots", "vspace"));

    private EscapeRepair() {}

    /** The letter whose escape sequence decodes to this control character, or 0 if none does. */
    static char escapeLetter(char c) {
        return switch (c) {
            case '\n' -> 'n';
            case '\t' -> 't';
            case '\r' -> 'r';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '\u000b' -> 'v';
            default -> 0;
        };
    }

    /** Length of the command remainder (name without its first letter) at {@code from}, or 0 if none fits. */
    static int remainderAt(char letter, String text, int from) {
        List<String> names = COMMANDS.get(letter);
        if (names == null) {
            return 0;
        }
        int best = 0;
        for (String name : names) {
            int len = name.length() - 1;
            if (len > best
                    && text.startsWith(name.substring(1), from)
                    && (from + len >= text.length() || !Character.isLetter(text.charAt(from + len)))) {
                best = len;
            }
        }
        return best;
    }

    /** Repairs control characters inside one line; returns the same instance when nothing changed. */
    static String repairControls(String line, ReadContext context) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char letter = c < ' ' ? escapeLetter(c) : 0;
            if (letter != 0 && remainderAt(letter, line, i + 1) > 0) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 8).append(line, 0, i);
                }
                out.append('\\').append(letter);
                context.repaired(RepairKind.ESCAPE_RESTORED);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? line : out.toString();
    }

    /** True when a line break after {@code before} cut a command such as {@code $\nabla$} in two. */
    static boolean brokenNewlineEscape(String before, String after) {
        return hasOpenMath(before) && remainderAt('n', after, 0) > 0;
    }

    private static boolean hasOpenMath(String text) {
        int dollars = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                dollars++;
            }
        }
        return dollars % 2 == 1;
    }
}
