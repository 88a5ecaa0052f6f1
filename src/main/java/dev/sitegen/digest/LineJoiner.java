package dev.sitegen.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins a wrapped line onto the text before it. A word cut by a hyphen at the break is rejoined
 * without the hyphen only when the next line starts lowercase ({@code generaliza-} + {@code tion})
 * and the file never writes the hyphenated form whole; an uppercase continuation
 * ({@code Fine-} + {@code Tuning}) or a compound the file uses elsewhere ({@code single-step}) keeps it.
 * Chinese text is joined without a space.
 */
final class LineJoiner {
    private LineJoiner() {}

    /** The hyphenated words ({@code reward-weighted}) the file writes whole, lower-cased, to tell compounds from split words. */
    static Set<String> compounds(List<Line> lines) {
        Set<String> compounds = new HashSet<>();
        for (Line line : lines) {
            String t = line.text();
            int hyphen = t.indexOf('-', 1);
            while (hyphen > 0 && hyphen < t.length() - 1) {
                if (Character.isLetter(t.charAt(hyphen - 1)) && Character.isLetter(t.charAt(hyphen + 1))) {
                    int start = hyphen - 1;
                    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
                        start--;
                    }
                    int end = hyphen + 1;
                    while (end < t.length() && Character.isLetter(t.charAt(end))) {
                        end++;
                    }
                    compounds.add(t.substring(start, end).toLowerCase(Locale.ROOT));
                }
                hyphen = t.indexOf('-', hyphen + 1);
            }
        }
        return compounds;
    }

    static void join(StringBuilder text, String next, ReadContext context) {
        if (next.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n == 0) {
            text.append(next);
            return;
        }
        char last = text.charAt(n - 1);
        char first = next.charAt(0);
        if (last == '-' && n >= 2 && Character.isLetter(text.charAt(n - 2)) && Character.isLetter(first)) {
            if (Character.isLowerCase(first) && !context.isCompound(compound(text, next))) {
                text.setLength(n - 1);
                context.repaired(RepairKind.HYPHEN_JOINED);
            } else {
                context.repaired(RepairKind.HYPHEN_KEPT);
            }
            text.append(next);
            return;
        }
        if (!isWide(last) && !isWide(first)) {
            text.append(' ');
        }
        text.append(next);
    }

    private static String compound(StringBuilder text, String next) {
        int start = text.length() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        return (text.substring(start) + next.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    /** Han characters and full-width punctuation are written without spaces between them. */
    private static boolean isWide(char c) {
        return c >= '\u2E80'
                && (FieldLabels.isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF'));
    }
}
