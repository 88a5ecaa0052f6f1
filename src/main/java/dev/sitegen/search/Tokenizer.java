package dev.sitegen.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one tokenizer of site search; {@code templates/assets/search-engine.js} implements the same
 * rules for queries and {@code src/test/resources/search/tokenizer-golden.json} pins both.
 *
 * <ol>
 *   <li>The text is NFKC-normalised, then lower-cased ({@link Locale#ROOT}).</li>
 *   <li>A <em>Han run</em> is a maximal run of code points of Unicode script Han. A run of one
 *       character yields that character; a longer run yields its overlapping bigrams
 *       ({@code 安全对齐} → {@code 安全 全对 对齐}).</li>
 *   <li>A <em>word</em> is a maximal run of letters ({@code \p{L}}) and decimal digits
 *       ({@code \p{Nd}}) that are not Han, joined by single inner hyphens ({@code llama-2},
 *       {@code kv-cache}, {@code gsm8k}). A word yields itself and, when it has hyphens, each of its
 *       parts ({@code llama-2} → {@code llama-2 llama 2}). Han characters end a word, so
 *       {@code LoRA微调} → {@code lora 微调}.</li>
 *   <li>A word or part of three or more ASCII letters whose {@link EnglishStemmer Porter2 stem} differs
 *       from it also yields that stem marked with {@link #STEM_MARK} ({@code tokenizers} →
 *       {@code tokenizers ~token}), after the word and its parts; a stem equal to the one before it is not repeated.</li>
 *   <li>Everything else separates tokens and yields nothing.</li>
 * </ol>
 *
 * <p>Positions: a word and its parts share one position; each bigram (or single Han character)
 * takes the next position, and every Han run is followed by one unused position, so bigrams at
 * consecutive positions are always adjacent in one run of the text.
 */
public final class Tokenizer {

    /**
     * Starts a stem term: it cannot start a word, so {@code ~token} (the stem of tokenizers) never
     * collides with a word, never completes a prefix and stays out of the typo lexicon.
     */
    public static final char STEM_MARK = '~';

    private Tokenizer() {}

    /** The normalised form every token is cut from: NFKC, then lower case. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Receives each token of a normalised text as a range of it, so throwaway tokens cost no substring. It is
     * also asked for the stem of each word and part after receiving them as tokens.
     */
    interface TokenSink {
        /** {@code text[start, end)} is the term; {@code bigram} is true for Han bigrams only. */
        void token(String text, int start, int end, int position, boolean bigram);

        /**
         * After the tokens of each word and Han run, in text order: the {@link SynonymTable#parts part} it is of a
         * phrase key, so phrases are found without scanning the text again.
         */
        default void part(String part) {}

        /** The {@link EnglishStemmer stem} of the word {@code text[start, end)}. */
        default String stem(String text, int start, int end) {
            return EnglishStemmer.stem(text.substring(start, end));
        }
    }

    /** Whether this code point is Han script. */
    public static boolean isHan(int codePoint) {
        // No Han code point lies below U+2E80 (CJK Radicals Supplement), and every code point of CJK
        // Unified Ideographs assigned by Unicode 10 (Java 11) is Han: both skip the script table search.
        if (codePoint < 0x2E80) {
            return false;
        }
        return codePoint >= 0x4E00 && codePoint <= 0x9FEA
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {
            // Character.isLetterOrDigit on ASCII is exactly [0-9A-Za-z].
            return codePoint >= 'a' && codePoint <= 'z'
                    || codePoint >= '0' && codePoint <= '9'
                    || codePoint >= 'A' && codePoint <= 'Z';
        }
        return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
    }

    /** Hands every token of {@code s}, already {@link #normalize normalised}, to {@code sink} in order. */
    static void scan(String s, TokenSink sink) {
        int position = 0;
        int i = 0;
        int length = s.length();
        while (i < length) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (isWordChar(c)) {
                    int end = endOfWord(s, i);
                    addWord(s, i, end, position++, sink);
                    i = end;
                } else {
                    i++;
                }
                continue;
            }
            int cp = s.codePointAt(i);
            if (isHan(cp)) {
                int end = endOfHanRun(s, i);
                position = addHanRun(s, i, end, position, sink);
                sink.part(s.substring(i, end));
                i = end;
            } else if (isWordChar(cp)) {
                int end = endOfWord(s, i);
                addWord(s, i, end, position++, sink);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    private static int endOfHanRun(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isHan(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int endOfWord(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (cp == '-' && i + 1 < s.length() && isWordChar(s.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int addHanRun(String s, int start, int end, int position, TokenSink sink) {
        int second = start + Character.charCount(s.codePointAt(start));
        if (second == end) {
            sink.token(s, start, end, position++, false);
        }
        // Each bigram spans the code point at `first` and the one at `second`.
        int first = start;
        while (second < end) {
            int third = second + Character.charCount(s.codePointAt(second));
            sink.token(s, first, third, position++, true);
            first = second;
            second = third;
        }
        return position + 1;
    }

    private static void addWord(String s, int start, int end, int position, TokenSink sink) {
        sink.token(s, start, end, position, false);
        // Inner hyphens are single and never at either end, so every part is non-empty.
        int part = start;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '-') {
                sink.token(s, part, i, position, false);
                part = i + 1;
            }
        }
        if (part > start) {
            sink.token(s, part, end, position, false);
        }
        String stem = addStems(s, start, end, position, sink);
        // A word with hyphens is not stemmed: it is its own stem.
        sink.part(part > start ? s.substring(start, end) : stem);
    }

    /**
     * The stem terms of a word and of its parts, each once, for those whose stem differs from them. Returns the stem
     * of the last part.
     */
    private static String addStems(String s, int start, int end, int position, TokenSink sink) {
        String stem = null;
        String previous = null;
        int part = start;
        for (int i = start; i <= end; i++) {
            if (i < end && s.charAt(i) != '-') {
                continue;
            }
            stem = sink.stem(s, part, i);
            boolean isWord = stem.length() == i - part && s.startsWith(stem, part);
            if (!isWord && !stem.equals(previous)) {
                String term = STEM_MARK + stem;
                sink.token(term, 0, term.length(), position, false);
                previous = stem;
            }
            part = i + 1;
        }
        return stem;
    }
}
