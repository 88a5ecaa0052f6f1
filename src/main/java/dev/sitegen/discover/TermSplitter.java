package dev.sitegen.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits mixed Chinese/English text into index terms: overlapping bigrams for runs of Han
 * characters (Chinese has no spaces, and bigrams need no dictionary), and lower-cased words for
 * Latin text minus a small stop-word list. Numbers and one-letter words are dropped.
 */
final class TermSplitter {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for",
            "from", "has", "have", "how", "however", "in", "into", "is", "it", "its", "may", "more", "most",
            "not", "of", "on", "or", "our", "over", "such", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "through", "thus", "to", "under", "up", "via", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whose", "will", "with",
            "within", "without", "both", "each", "other", "only", "also", "all", "any", "between",
            "yet", "so", "if", "one", "two", "three", "new", "using", "use", "used", "based", "show",
            "shows", "paper", "propose", "proposed", "approach", "across", "well", "further", "often",
            "many", "due", "even", "among", "et", "al", "ie", "eg", "here", "no", "would", "could", "should",
            "because", "along", "ones", "four", "five", "six", "being", "after", "before", "about", "still",
            "very", "much", "some", "own", "same", "first", "second", "moreover", "additionally",
            "specifically", "particularly", "remains", "remain");

    private TermSplitter() {
    }

    /** The terms of {@code text} in reading order, with repeats (callers count them). */
    static List<String> split(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previousHanStart = -1;
        for (int i = 0; i < text.length(); ) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flushWord(word, terms);
                if (previousHanStart >= 0) {
                    terms.add(text.substring(previousHanStart, i));
                }
                previousHanStart = start;
            } else {
                previousHanStart = -1;
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else if (cp == '-' && word.length() > 0) {
                    // keeps "fine-tuning" and "chain-of-thought" whole; a trailing hyphen is trimmed on flush
                    word.append('-');
                } else {
                    flushWord(word, terms);
                }
            }
        }
        flushWord(word, terms);
        return terms;
    }

    private static void flushWord(StringBuilder word, List<String> terms) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '-') {
            end--;
        }
        String w = word.substring(0, end).toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (w.length() < 2 || STOP_WORDS.contains(w) || isNumber(w)) {
            return;
        }
        terms.add(w);
    }

    private static boolean isNumber(String w) {
        return w.chars().allMatch(c -> Character.isDigit(c) || c == '-');
    }

    static boolean isHan(int cp) {
        // the script lookup is a binary search; most text is ASCII or the main CJK block
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
