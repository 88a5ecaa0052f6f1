package dev.sitegen.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain English text into sentences: a full stop, question or exclamation mark followed by a space and a
 * capital, digit, quote or a name ("ssToken") ends one, except after an abbreviation ("e.g.", "et al.", "vs."), so "1.5B" and
 * "e.g. GPT-4o" stay inside their sentence.
 */
final class Sentences {
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?:\\b(?i:vs|e\\.g|i\\.e|al|etc|cf|fig|eq|approx|resp|no)|\\b[A-Z])$");

    private Sentences() {}

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            boolean stop = c == '。'
                    || c == '！'
                    || c == '？'
                    || (c == '.' || c == '!' || c == '?')
                            && Character.isWhitespace(text.charAt(i + 1))
                            && startsSentence(text, i + 1)
                            && !ABBREVIATION
                                    .matcher(text.substring(Math.max(start, i - 8), i))
                                    .find();
            if (stop) {
                add(sentences, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static boolean startsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(*$\\".indexOf(c) >= 0 || isName(text, i);
    }

    /** "… approach. ssToken leverages …": a name spelled with a small first letter still opens a sentence. */
    private static boolean isName(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).chars().skip(1).anyMatch(Character::isUpperCase);
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }
}
