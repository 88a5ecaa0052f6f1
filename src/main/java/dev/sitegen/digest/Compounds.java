package dev.sitegen.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects the hyphenated words ({@code reward-weighted}) a file writes whole, lower-cased, to tell compounds from split words. */
final class Compounds {
    private Compounds() {}

    static Set<String> in(List<Line> lines) {
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
}
