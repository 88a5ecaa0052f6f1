package dev.sitegen.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Long forms that mark their acronym's letters in capitals ("REinforcement learning with Self-resTRAINt
 * training (RESTRAIN)", "Conditional advANtage estimatiON (CANON)"). The marks serve the acronym, not the
 * reader: a title spells the words as words ("Self-restraint", "Advantage Estimation"), and the long form is
 * the whole spelled phrase, which the shortest match of the letters would cut short.
 */
final class MarkedLongForms {
    /** A word part with capitals inside: "resTRAINt", "StEp", "REverse", "estimatiON". */
    private static final Pattern MARKED_PART =
            Pattern.compile("[A-Za-z]*[a-z][A-Z]+[a-z][A-Za-z]*|[A-Z]{2,}[a-z]{2,}|[A-Za-z]*[a-z]{3,}[A-Z]{2,}");

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,}");

    private MarkedLongForms() {}

    /**
     * Whether the phrase marks letters inside its words for {@code acronym}: it has a word with capitals inside,
     * and its capitals spell the acronym with few others between ("advANtage estimatiON" for CANON). A camel-cased
     * name in a long form ("DeepSeek") has capitals inside too; the acronym's letters tell the two apart.
     */
    static boolean isMarked(String phrase, String acronym) {
        if (!ACRONYM.matcher(acronym).matches() || !hasMarkedWord(phrase)) {
            return false;
        }
        String capitals = phrase.replaceAll("[^A-Z]", "");
        int matched = 0;
        for (int i = 0; i < capitals.length() && matched < acronym.length(); i++) {
            if (capitals.charAt(i) == acronym.charAt(matched)) {
                matched++;
            }
        }
        return matched == acronym.length() && capitals.length() - matched <= 3;
    }

    private static boolean hasMarkedWord(String phrase) {
        return Arrays.stream(phrase.split("[\\s-]+"))
                .anyMatch(p -> MARKED_PART.matcher(p).matches());
    }

    /**
     * The long form from its first marked word, when that word comes before the shortest match of the acronym's
     * letters ({@code form}, may be null): "REinforcement learning with Self-resTRAINt training", not "resTRAINt
     * training"; null when the spelled text does not mark the acronym's letters.
     */
    static String from(String spelled, String form, String acronym) {
        if (!isMarked(spelled, acronym)) {
            return null;
        }
        if (form == null) {
            return spelled;
        }
        int start = 0;
        for (String word : spelled.split(" ")) {
            if (hasMarkedWord(word)) {
                return start <= spelled.length() - form.length() ? spelled.substring(start) : form;
            }
            start += word.length() + 1;
        }
        return form;
    }

    /** The phrase with each marked word part spelled plainly: "advANtage" → "advantage", "MAterials" → "Materials". */
    static String unmarked(String phrase) {
        return Arrays.stream(phrase.split(" "))
                .map(w -> Arrays.stream(w.split("-", -1))
                        .map(MarkedLongForms::unmarkedPart)
                        .collect(Collectors.joining("-")))
                .collect(Collectors.joining(" "));
    }

    private static String unmarkedPart(String part) {
        if (!MARKED_PART.matcher(part).matches()) {
            return part;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(part.charAt(0))
                ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1)
                : lower;
    }
}
