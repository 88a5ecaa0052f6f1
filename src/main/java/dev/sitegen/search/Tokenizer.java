package dev.sitegen.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
 *   <li>Everything else separates tokens and yields nothing.</li>
 * </ol>
 *
 * <p>Positions: a word and its parts share one position; each bigram (or single Han character)
 * takes the next position, and every Han run is followed by one unused position, so bigrams at
 * consecutive positions are always adjacent in one run of the text.
 */
public final class Tokenizer {

    /** The normalised form every token is cut from: NFKC, then lower case. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whether this code point is Han script. */
    public static boolean isHan(int codePoint) {
        // No Han code point lies below U+2E80 (CJK Radicals Supplement); skip the script table search.
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
    }

    /** The tokens of {@code text} in order, with positions. */
    public List<Token> tokens(String text) {
        String s = normalize(text);
        List<Token> out = new ArrayList<>();
        int position = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isHan(cp)) {
                int end = endOfHanRun(s, i);
                position = addHanRun(s.substring(i, end), position, out);
                i = end;
            } else if (isWordChar(cp)) {
                int end = endOfWord(s, i);
                addWord(s.substring(i, end), position++, out);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** The terms of {@code text} in order, without positions. */
    public List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static int endOfHanRun(String s, int i) {
        while (i < s.length() && isHan(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
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

    private static int addHanRun(String run, int position, List<Token> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(new Token(run, position++));
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            out.add(new Token(new String(cps, k, 2), position++));
        }
        return position + 1;
    }

    private static void addWord(String word, int position, List<Token> out) {
        out.add(new Token(word, position));
        if (word.indexOf('-') >= 0) {
            for (String part : word.split("-")) {
                out.add(new Token(part, position));
            }
        }
    }
}
