package dev.sitegen.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops the closing phrases of a title that only say again what it already says ("TEP: Textual Equilibrium
 * Propagation by Equilibrium Propagation", "EEPO: Exploration-Enhanced Policy Optimization Promoting
 * Exploration") or say only how many parts it has ("… Through Two Key Innovations"). Runs on the final text, name and all, since the repeat often appears only when a long form and
 * the clause after it are joined and cut.
 */
final class Restatements {
    /** Words are compared by their first letters, so "predicts" restates "Predictive" and "Exploration" "explore". */
    private static final int STEM = 5;

    private static final int CONTENT = 3;
    private static final Set<String> SMALL =
            Set.of("and", "the", "for", "via", "with", "from", "into", "onto", "over", "than", "its", "their", "each");

    /** "through two key innovations", "with three stages": the closing phrase says how many parts, not which. */
    private static final Pattern COUNT_ONLY = Pattern.compile(
            "(?i)(?:through|with|featuring|consisting of|comprising|around|including)\\s+(?:two|three|four|five|several|"
                    + "multiple)\\s+(?:(?:key|main|core|novel)\\s+)?(?:innovations|components|stages|modules|steps|"
                    + "contributions|parts|ingredients|phases|techniques|strategies|designs|mechanisms)");

    private static final Pattern COORDINATED = Pattern.compile("(?i)\\s(?:and|or)$");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-–—/]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

    private Restatements() {}

    /** The descriptor without closing phrases whose words all occur earlier in the title (name included). */
    static String without(String name, String descriptor) {
        String text = descriptor;
        while (true) {
            int boundary = PhraseCut.lastBoundary(text, text.length());
            // A closing phrase has its opening word and more: "introducing remasking", not "remasking".
            while (boundary > 0 && text.indexOf(' ', boundary + 1) < 0) {
                boundary = PhraseCut.lastBoundary(text, boundary);
            }
            if (boundary <= 0) {
                return text;
            }
            String closing = text.substring(boundary + 1);
            Set<String> earlier = stems(name + " " + text.substring(0, boundary));
            String[] words = WORD_BREAK.split(closing);
            // The phrase's first word is its connector or verb ("by", "Promoting"): what it links is what counts.
            boolean restates = words.length > 1
                    && Arrays.stream(words, 1, words.length)
                            .filter(Restatements::isContent)
                            .map(Restatements::stem)
                            .allMatch(earlier::contains);
            boolean saysSomething = Arrays.stream(words, 1, words.length).anyMatch(Restatements::isContent);
            // "understanding and generating speech": the second of two verbs shares the title's object.
            boolean coordinated =
                    COORDINATED.matcher(text.substring(0, boundary)).find();
            if ((!restates || !saysSomething || coordinated)
                    && !COUNT_ONLY.matcher(closing).matches()) {
                return text;
            }
            String kept = PhraseCut.cut(text.substring(0, boundary), boundary);
            if (kept.split(" ").length < 2) {
                return text;
            }
            text = kept;
        }
    }

    private static Set<String> stems(String text) {
        return Arrays.stream(WORD_BREAK.split(text))
                .filter(Restatements::isContent)
                .map(Restatements::stem)
                .collect(Collectors.toSet());
    }

    private static boolean isContent(String word) {
        String letters =
                NOT_LETTER_OR_DIGIT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        return letters.length() >= CONTENT && !SMALL.contains(letters);
    }

    private static String stem(String word) {
        String letters =
                NOT_LETTER_OR_DIGIT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        return letters.length() > STEM ? letters.substring(0, STEM) : letters;
    }
}
