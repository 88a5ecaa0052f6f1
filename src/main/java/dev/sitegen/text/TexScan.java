package dev.sitegen.text;

/** Small scanning helpers shared by the TeX readers: brace matching and command names. */
final class TexScan {

    private TexScan() {}

    /** Index of the brace closing the one at {@code open}, skipping escaped braces; -1 when unbalanced. */
    static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** End index of a control word starting at {@code start} (letters only, as in TeX). */
    static int nameEnd(String s, int start) {
        int end = start;
        while (end < s.length() && isAsciiLetter(s.charAt(end))) {
            end++;
        }
        return end;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The character of a <code>&#92;unicode{x2013}</code> argument, or the argument itself when it is not a code point. */
    static String unicode(String arg) {
        String hex = arg.strip();
        try {
            int code = hex.startsWith("x") || hex.startsWith("X")
                    ? Integer.parseInt(hex.substring(1), 16)
                    : Integer.parseInt(hex);
            return Character.isValidCodePoint(code) && !Character.isISOControl(code)
                    ? new String(Character.toChars(code))
                    : "";
        } catch (NumberFormatException notANumber) {
            // Not a code point: show the argument as written, like any unknown command.
            return hex;
        }
    }

    /** Index just past a {@code {…}} argument starting exactly at {@code at}, or -1 if there is none. */
    static int argumentEnd(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '{') {
            return -1;
        }
        int close = TexScan.matchingBrace(s, at);
        return close < 0 ? -1 : close + 1;
    }
}
