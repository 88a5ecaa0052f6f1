package dev.sitegen.discover;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits mixed Chinese/English text into index terms: overlapping bigrams for runs of Han
 * characters (Chinese has no spaces, and bigrams need no dictionary), and lower-cased words for
 * Latin text minus a small stop-word list. Numbers and one-letter words are dropped. English plurals fold into
 * their singular ("mllms" and "mllm", "strategies" and "strategy" are one term), and words that every abstract of
 * the digest uses ("model", "method", "state-of-the-art", "achieve") are dropped: they made papers look alike
 * and showed up as the "shared words" of unrelated papers.
 *
 * <p>An instance reuses its buffers and hands each term out as a slice of a {@code char[]}, so
 * splitting allocates nothing per term; it is not thread-safe.
 */
final class TermSplitter {

    /** Receives terms in reading order; the slice is only valid during the call. */
    interface Sink {
        void term(char[] chars, int offset, int length);
    }

    private static final TermDictionary STOP_WORDS = dictionary(
            """
            a an and are as at be been but by can do does for from has have how however in into is
            it its may more most not of on or our over such than that the their them then there
            these they this those through thus to under up via was we were what when where which
            while who whose will with within without
            both each other only also all any between yet so if one two three new using use used
            based show shows paper propose proposed approach across well further often many due even
            among et al ie eg here no would could should because along ones four five six being
            after before about still very much some own same first second moreover additionally
            specifically particularly remains remain
            """,
            // filler of abstracts in this field, in singular form (plurals fold before the lookup)
            """
            model method algorithm framework technique art state-of-the-art ai yield achieve
            achieving achieved performance result task large language llm existing significantly
            significant improve improved improving improvement demonstrate experiment extensive
            novel key work study problem challenge effective effectively various different strong
            simple introduce present capability ability recent advance lead leading outperform
            outperforming substantially substantial enable enabling enhance enhancing address given
            find finding make level provide despite prior superior remarkable success successful
            critical crucial important potential wide widely like way thereby whether less current
            limited limitation
            """);

    private char[] text = new char[4096];
    private char[] word = new char[64];
    private int wordLength;

    /** Hands the terms of {@code source} to {@code sink} in reading order, with repeats. */
    void split(String source, Sink sink) {
        int n = source.length();
        if (text.length < n) {
            text = new char[Math.max(n, text.length * 2)];
        }
        source.getChars(0, n, text, 0);
        wordLength = 0;
        int previousHanStart = -1;
        for (int i = 0; i < n; ) {
            char c = text[i];
            if (c < 0x80) {
                // most of the text; an ASCII char is never Han nor half of a surrogate pair, so it alone tells
                previousHanStart = -1;
                if (isAsciiLetterOrDigit(c) || (c == '-' && wordLength > 0)) {
                    // keeps "fine-tuning" and "chain-of-thought" whole; a trailing hyphen is trimmed on flush
                    append(c);
                } else {
                    flushWord(sink);
                }
                i++;
                continue;
            }
            int start = i;
            int cp = Character.codePointAt(text, i, n);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flushWord(sink);
                if (previousHanStart >= 0) {
                    sink.term(text, previousHanStart, i - previousHanStart);
                }
                previousHanStart = start;
            } else {
                previousHanStart = -1;
                if (Character.isLetterOrDigit(cp)) {
                    append(cp);
                } else {
                    flushWord(sink);
                }
            }
        }
        flushWord(sink);
    }

    private void append(int cp) {
        if (wordLength + 2 > word.length) {
            word = Arrays.copyOf(word, word.length * 2);
        }
        if (Character.isBmpCodePoint(cp)) {
            word[wordLength++] = (char) cp;
        } else {
            wordLength += Character.toChars(cp, word, wordLength);
        }
    }

    private void flushWord(Sink sink) {
        if (wordLength == 0) {
            return;
        }
        int end = wordLength;
        wordLength = 0;
        while (end > 0 && word[end - 1] == '-') {
            end--;
        }
        char[] lower = word;
        int length = end;
        if (isAscii(word, end)) {
            // the same mapping String.toLowerCase(Locale.ROOT) applies to ASCII, without the String
            for (int i = 0; i < end; i++) {
                char c = word[i];
                if (c >= 'A' && c <= 'Z') {
                    word[i] = (char) (c + ('a' - 'A'));
                }
            }
        } else {
            lower = new String(word, 0, end).toLowerCase(Locale.ROOT).toCharArray();
            length = lower.length;
        }
        if (length < 2 || STOP_WORDS.contains(lower, 0, length) || isNumber(lower, length)) {
            return;
        }
        int singular = singular(lower, length);
        if (singular < length && STOP_WORDS.contains(lower, 0, singular)) {
            return;
        }
        sink.term(lower, 0, singular);
    }

    /**
     * The length of the singular of the lower-case word in {@code chars} (rewriting "ies" to "y" in place): a
     * final "s" goes unless the word is short or ends in "ss", "us", "is" or "as" (class, corpus, analysis, bias).
     */
    static int singular(char[] chars, int length) {
        if (length < 4 || chars[length - 1] != 's') {
            return length;
        }
        char before = chars[length - 2];
        if (before == 's' || before == 'u' || before == 'i' || before == 'a' || before == '-') {
            return length;
        }
        if (length > 4 && before == 'e' && chars[length - 3] == 'i') {
            chars[length - 3] = 'y';
            return length - 2;
        }
        return length - 1;
    }

    private static boolean isAscii(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isDigit(chars[i]) && chars[i] != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

    /** A dictionary of the words in {@code groups}, each group a text of words separated by white space. */
    private static TermDictionary dictionary(String... groups) {
        TermDictionary dictionary = new TermDictionary();
        for (String group : groups) {
            for (String w : group.strip().split("\\s+")) {
                dictionary.add(w);
            }
        }
        return dictionary;
    }
}
