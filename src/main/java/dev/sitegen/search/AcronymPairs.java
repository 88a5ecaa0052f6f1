package dev.sitegen.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds "Long Form (ACRO)" spellings in text, such as {@code Speculative Decoding (SD)}, by the
 * Schwartz–Hearst rule: the acronym's letters appear, in order, in the words just before the
 * parenthesis, its first letter starting a word. The search synonyms learn from them.
 */
final class AcronymPairs {

    private static final int MAX_ACRONYM = 10;
    private static final int LOOK_BACK = 120;

    /** One spelling as written: the acronym (without a plural s) and its long form. */
    record Pair(String acronym, String longForm) {}

    private AcronymPairs() {}

    /** The spellings of {@code text}, in order. */
    static List<Pair> in(String text) {
        List<Pair> found = new ArrayList<>(0);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                break;
            }
            if (close - open - 1 < 2 || close - open - 1 > MAX_ACRONYM) {
                continue;
            }
            String acronym = text.substring(open + 1, close);
            if (acronym.endsWith("s") && acronym.length() > 2) {
                acronym = acronym.substring(0, acronym.length() - 1);
            }
            if (!looksLikeAcronym(acronym)) {
                continue;
            }
            String longForm =
                    longForm(text.substring(Math.max(0, open - LOOK_BACK), open).stripTrailing(), acronym);
            if (longForm != null) {
                found.add(new Pair(acronym, longForm));
            }
        }
        return found;
    }

    /** Two or more capitals, letters and digits only, starting with a capital: SD, LoRA, GPT4. */
    static boolean looksLikeAcronym(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return upper >= 2;
    }

    /** The shortest tail of {@code text} whose letters spell {@code acronym}, of 2 to |acronym| + 2 words; or null. */
    static String longForm(String text, String acronym) {
        int l = text.length() - 1;
        for (int s = acronym.length() - 1; s >= 0; s--) {
            char c = Character.toLowerCase(acronym.charAt(s));
            while (l >= 0
                    && (Character.toLowerCase(text.charAt(l)) != c
                            || s == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
        }
        String form = text.substring(l + 1).strip();
        int words = form.split("[\\s\\-]+").length;
        boolean plain = form.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == ' ' || ch == '-');
        return plain && words >= 2 && words <= acronym.length() + 2 ? form : null;
    }
}
