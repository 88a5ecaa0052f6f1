package dev.sitegen.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a title phrase to a length where a phrase ends: before a preposition or conjunction, at a comma, before
 * a verb's clause; never inside a number, never between two modifiers of one noun, never on a word that waits
 * for more (an article, a preposition, an adverb, a participle).
 */
final class PhraseCut {
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,;:.\\-–—(\"'“‘/&+]+$");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");

    private PhraseCut() {}

    /**
     * The longest start of {@code phrase} of at most {@code max} characters that ends a phrase: before a
     * preposition or conjunction or at a comma where possible, else at a space; never on a dangling word.
     */
    static String cut(String phrase, int max) {
        String s = phrase.strip();
        if (s.length() > max) {
            int best = -1;
            int anySpace = -1;
            for (int i = s.indexOf(' '); i >= 0 && i <= max; i = s.indexOf(' ', i + 1)) {
                anySpace = i;
                String next = nextWord(s, i + 1);
                if (s.charAt(i - 1) == ',' && !coordinated(s, i, next)
                        || PhraseWords.BREAK_BEFORE.contains(next.toLowerCase(Locale.ROOT))
                                && !sharedNoun(s, i, next)) {
                    best = i;
                }
            }
            int end = best > max / 3 ? best : beforeLastGerund(s, anySpace);
            s = end > 0 ? s.substring(0, end) : s.substring(0, max);
        }
        return trimEnd(s);
    }

    /** Whether a phrase may begin with this word: a preposition, a conjunction or a verb's -ing form. */
    static boolean opensPhrase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PhraseWords.BREAK_BEFORE.contains(w) || isVerbForm(w);
    }

    /**
     * Where the last phrase before {@code end} begins: before a preposition, conjunction or a verb's -ing form,
     * or after a comma; 0 if the phrase has one.
     */
    static int lastBoundary(String s, int end) {
        for (int i = s.lastIndexOf(' ', end - 1); i > 0; i = s.lastIndexOf(' ', i - 1)) {
            if (s.charAt(i - 1) == ',' || opensPhrase(nextWord(s, i + 1))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Without a phrase boundary to cut at, a cut inside a verb's clause ("model integrating X into the causal")
     * leaves half an object; cutting before the verb keeps a whole noun phrase ("model").
     */
    private static int beforeLastGerund(String s, int end) {
        for (int i = s.lastIndexOf(' ', end - 1);
                i > 0 && s.lastIndexOf(' ', i - 1) > 0;
                i = s.lastIndexOf(' ', i - 1)) {
            String word = nextWord(s, i + 1);
            if (isVerbForm(word) && word.equals(word.toLowerCase(Locale.ROOT)) && !word.contains("-")) {
                return i;
            }
        }
        return end;
    }

    /**
     * "comprehensive and multi-level feedback": an "and" after an adjective joins two modifiers of one noun, so
     * a cut there leaves the first modifier without its noun; after "both" it joins what "both" announced.
     */
    private static boolean sharedNoun(String s, int space, String next) {
        if (!next.equals("and") && !next.equals("or")) {
            return false;
        }
        String before = s.substring(s.lastIndexOf(' ', space - 1) + 1, space);
        // "both detect and eliminate", "between mean and variance": the first waits for its "and".
        String lead = s.substring(0, space);
        String after = nextWord(s, space + 1 + next.length() + 1);
        return PhraseWords.ADJECTIVE.matcher(before).matches()
                || before.contains("-") && after.contains("-") && isLowerWord(before) && isLowerWord(after)
                || waitsForAnd(lead, " both ")
                || waitsForAnd(lead, " between ")
                || modifiesNextNoun(s, space, before);
    }

    private static boolean waitsForAnd(String lead, String word) {
        int at = (" " + lead.toLowerCase(Locale.ROOT)).lastIndexOf(word);
        return at >= 0 && lead.substring(at).split(" ").length <= 4;
    }

    /**
     * "providing dense and intrinsic rewards": a lone word after a verb or preposition, coordinated with a
     * word that itself modifies a noun, is a modifier of that noun however it is spelled.
     */
    private static boolean modifiesNextNoun(String s, int space, String before) {
        int start = s.lastIndexOf(' ', space - 1);
        String opener = start > 0 ? s.substring(s.lastIndexOf(' ', start - 1) + 1, start) : "";
        String[] after = s.substring(space + 1).split(" ");
        return after.length >= 3
                && isLowerWord(before)
                && isLowerWord(after[1])
                && isLowerWord(after[2])
                && !PhraseWords.DANGLING.contains(after[2])
                && !PhraseWords.BREAK_BEFORE.contains(after[2])
                && (PhraseWords.DANGLING.contains(opener) && !PhraseWords.ARTICLES.contains(opener)
                        || isVerbForm(opener));
    }

    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    private static boolean isVerbForm(String w) {
        String word = w.toLowerCase(Locale.ROOT);
        return word.length() > 5 && word.endsWith("ing") && !PhraseWords.NOUN_ING.contains(word);
    }

    /**
     * "fine-grained, layer-wise interventions", "dense, process-level rewards": a comma between two modifiers of
     * one noun is no phrase end.
     */
    private static boolean coordinated(String s, int space, String next) {
        int start = s.lastIndexOf(' ', space - 2);
        String before = s.substring(start + 1, space - 1);
        if (before.contains("-") && next.contains("-")) {
            return true;
        }
        // "integrating dense, process-level rewards", "with long, step-wise": a lone word after a verb, an article
        // or a preposition, then a comma and another lower-case word before the noun.
        String opener = start > 0 ? s.substring(s.lastIndexOf(' ', start - 1) + 1, start) : "";
        String[] after = s.substring(space + 1).split(" ");
        boolean continues = after.length >= 2
                && (after[0].endsWith(",")
                        || isLowerWord(after[1])
                                && !PhraseWords.DANGLING.contains(after[1])
                                && !PhraseWords.BREAK_BEFORE.contains(after[1]));
        String second = after[0].replaceFirst(",$", "");
        return isLowerWord(before)
                && !before.contains("-")
                && isLowerWord(second)
                && (second.contains("-")
                        || PhraseWords.ADJECTIVE.matcher(second).matches())
                && continues
                && (PhraseWords.DANGLING.contains(opener) || isVerbForm(opener));
    }

    private static String trimEnd(String s) {
        String t = s;
        while (true) {
            String stripped = TRAILING_MARKS.matcher(t).replaceFirst("");
            int space = stripped.lastIndexOf(' ');
            String last = stripped.substring(space + 1).toLowerCase(Locale.ROOT);
            if (space > 0
                    && (PhraseWords.DANGLING.contains(last)
                            || dangling(stripped.substring(space + 1))
                            || objectless(stripped, space))) {
                t = stripped.substring(0, space);
            } else {
                return stripped;
            }
        }
    }

    /**
     * "Sink Attention Dynamic Sparsification identifying", "steering models by detecting": a verb's -ing form
     * right after a name's capitalised words or after "by", with nothing after it, has lost its object.
     */
    private static boolean objectless(String s, int space) {
        String word = s.substring(space + 1);
        int start = s.lastIndexOf(' ', space - 1) + 1;
        if (word.endsWith("ing") && s.substring(start, space).equals("by")) {
            // "generation by learning": the means has lost what it does.
            return true;
        }
        return isVerbForm(word)
                && word.chars().allMatch(Character::isLowerCase)
                && CAPITALISED.matcher(s.substring(start, space)).matches();
    }

    /**
     * A word a cut leaves without what it modifies: an adverb ("successfully"), a participle ("trained"), a
     * verb's -ing form that opens an aside ("achieving"), a number.
     */
    private static boolean dangling(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.contains("-")) {
            return NUMBER.matcher(word).matches()
                    || PhraseWords.HYPHENATED_MODIFIER.matcher(word).matches();
        }
        return word.length() > 5 && word.endsWith("ly") && !PhraseWords.NOT_ADVERBS.contains(word)
                || word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed")
                || PhraseWords.ASIDE_VERBS.contains(word)
                || NUMBER.matcher(word).matches();
    }

    private static String nextWord(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) != ' ') {
            end++;
        }
        return s.substring(from, end);
    }
}
