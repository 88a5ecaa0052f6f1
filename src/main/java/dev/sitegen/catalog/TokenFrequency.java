package dev.sitegen.catalog;

import java.util.Set;

/**
 * How many papers mention each name-like token ({@code GRPO}, {@code LLaMA-2}): the rarity test that
 * keeps a term many papers use from being taken for one paper's own method name.
 */
final class TokenFrequency {
    private TokenFrequency() {}

    /** Adds each name-like token of {@code text} to {@code tokens}; call once per text of the paper with one set. */
    static void collect(String text, Set<String> tokens) {
        char[] chars = text.toCharArray();
        int i = 0;
        int n = chars.length;
        while (i < n) {
            while (i < n && !isTokenChar(chars[i])) {
                i++;
            }
            int start = i;
            boolean innerUpper = false;
            boolean digit = false;
            while (i < n && isTokenChar(chars[i])) {
                char c = chars[i];
                innerUpper |= i > start && c >= 'A' && c <= 'Z';
                digit |= c >= '0' && c <= '9';
                i++;
            }
            // Only tokens that could pass isName are counted: a capital inside, or a digit.
            if ((innerUpper || digit) && i - start >= 2) {
                String token = text.substring(start, chars[i - 1] == '-' ? i - 1 : i);
                tokens.add(token);
            }
        }
    }

    /** ASCII only: method names are written in Latin letters, and this loop runs over the whole digest. */
    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
