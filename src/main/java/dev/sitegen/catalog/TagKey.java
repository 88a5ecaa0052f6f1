package dev.sitegen.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form two spellings of one tag share: NFKC, lower case, hyphens/en-dashes/non-breaking
 * hyphens/underscores as spaces, each word singular ({@code Vision–Language Models} and
 * {@code vision-language model} fold alike), and a trailing "(ACRO)" dropped when it abbreviates the rest.
 */
final class TagKey {
    private static final Pattern DASHES = Pattern.compile("[\\-\\u2010-\\u2015\\u2212_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.+?)\\s*\\(([^()]{2,15})\\)$");

    private TagKey() {
    }

    static String fold(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC);
        var m = TRAILING_ACRONYM.matcher(s);
        if (m.matches() && Acronyms.expands(m.group(1), stripPlural(m.group(2)))) {
            s = m.group(1);
        }
        s = SPACES.matcher(DASHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(singular(word));
        }
        return out.toString();
    }

    static String stripPlural(String acronym) {
        return acronym.length() > 2 && acronym.endsWith("s") && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1) : acronym;
    }

    /** Only needs to be consistent, not correct English: both forms of a word must meet. */
    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1)) || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        return w.endsWith("s") ? w.substring(0, n - 1) : w;
    }
}
