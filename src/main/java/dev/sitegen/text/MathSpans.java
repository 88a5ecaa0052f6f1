package dev.sitegen.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a field into text and math segments: {@code $…$}, {@code $$…$$}, {@code \(…\)} and {@code \[…\]}.
 *
 * <p>A single {@code $} opens math only when a non-space character follows it, and closes it only when a
 * non-space character precedes it and, when the content starts with a digit, no digit follows (after Pandoc),
 * so currency such as {@code $5 to $10} stays text. A {@code $} inside braces belongs to the math ({@code $\textbf{11$^{\circ}$}$}). An unmatched
 * delimiter is text; math never spans a blank line.
 */
final class MathSpans {

    /** One piece of a field: text to run through LaTeX/Markdown, or math kept as TeX. */
    record Segment(String content, boolean math, boolean display) {}

    private MathSpans() {}

    static List<Segment> split(String source) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end = -1;
            boolean display = false;
            int open = 0;
            if (c == '\\' && i + 1 < n) {
                char d = source.charAt(i + 1);
                if (d == '(' || d == '[') {
                    end = source.indexOf(d == '(' ? "\\)" : "\\]", i + 2);
                    display = d == '[';
                    open = 2;
                    if (end >= 0 && source.substring(i + 2, end).contains("\n\n")) {
                        end = -1;
                    }
                } else {
                    // An escaped character (\$, \\) is text; copy both so the $ is never a delimiter.
                    text.append(c).append(d);
                    i += 2;
                    continue;
                }
            } else if (c == '$') {
                if (i + 1 < n && source.charAt(i + 1) == '$') {
                    end = closeDisplay(source, i + 2);
                    display = true;
                    open = 2;
                } else {
                    end = closeInline(source, i + 1);
                    open = 1;
                }
            }
            if (end < 0) {
                text.append(c);
                i++;
                continue;
            }
            if (text.length() > 0) {
                segments.add(new Segment(text.toString(), false, false));
                text.setLength(0);
            }
            segments.add(new Segment(source.substring(i + open, end).strip(), true, display));
            i = end + open;
        }
        if (text.length() > 0) {
            segments.add(new Segment(text.toString(), false, false));
        }
        return segments;
    }

    private static int closeDisplay(String s, int from) {
        int end = s.indexOf("$$", from);
        if (end <= from || s.substring(from, end).contains("\n\n")) {
            return -1;
        }
        return end;
    }

    private static int closeInline(String s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
            return -1;
        }
        int depth = 0;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n' && j + 1 < s.length() && s.charAt(j + 1) == '\n') {
                return -1;
            } else if (c == '$' && depth == 0 && j > from && closes(s, from, j)) {
                return j;
            }
        }
        return -1;
    }

    /** A digit right after the closer is allowed ({@code $\\sim$6\\%}) unless the content looks like money. */
    private static boolean closes(String s, int from, int j) {
        boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
        boolean digitAfter = j + 1 < s.length() && Character.isDigit(s.charAt(j + 1));
        return !spaceBefore && !(digitAfter && Character.isDigit(s.charAt(from)));
    }
}
