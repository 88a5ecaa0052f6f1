package dev.sitegen.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Terms for the multi-word phrases a synonym searches: a document whose text has the phrase's parts in
 * a row (words in any {@link EnglishStemmer form}, with only spaces or punctuation between) gets the
 * term {@link #MARK} + {@link SynonymTable#key key}, such as {@code =specul decod}. Word postings keep no
 * positions, so this is what lets 投机解码 find "speculative decoding" as a phrase rather than every
 * paper with both words somewhere. A Han phrase of three or more characters gets a term too
 * ({@code =推测解码}): one posting list instead of three bigram lists and their positions, which keeps
 * what a synonym costs to download small.
 */
final class PhraseTerms {

    /** Starts a phrase term; like {@link Tokenizer#STEM_MARK} it cannot start a word. */
    static final char MARK = '=';

    private final Set<String> keys;

    /**
     * The beginnings of the keys of several parts, in whole parts ({@code larg} and {@code larg languag} of
     * {@code larg languag model}): most words start no phrase, and a candidate is extended only while it
     * begins one.
     */
    private final Set<String> prefixes = new HashSet<>();

    /** Han phrases of one run ({@code 推测解码}), found anywhere in a run of the text. */
    private final List<String> hanRuns;

    /** The first UTF-16 unit of each Han phrase: most characters of a run start none, and are compared to none. */
    private final BitSet hanRunStarts = new BitSet();

    /** {@code keys} are {@link SynonymTable#key keys} of two or more parts, or of one Han run of three or more characters. */
    PhraseTerms(Set<String> keys) {
        this.keys = new HashSet<>(keys);
        for (String key : keys) {
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                prefixes.add(key.substring(0, space));
            }
        }
        this.hanRuns = keys.stream().filter(k -> k.indexOf(' ') < 0).sorted().toList();
        hanRuns.forEach(run -> hanRunStarts.set(run.charAt(0)));
    }

    /** The keys this finds phrase terms for: all that the terms of a text depend on. */
    Set<String> keys() {
        return keys;
    }

    /**
     * The phrase terms of a text whose {@link SynonymTable#parts parts} are {@code parts}, in text order: a phrase of
     * words each time it occurs, a Han phrase once.
     */
    List<String> in(List<String> parts) {
        List<String> found = new ArrayList<>(0);
        if (keys.isEmpty()) {
            return found;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (Tokenizer.isHan(part.codePointAt(0))) {
                addHanRuns(part, found);
            }
            if (!prefixes.contains(part)) {
                continue;
            }
            key.setLength(0);
            key.append(part);
            for (int j = i + 1; j < parts.size(); j++) {
                String candidate = key.append(' ').append(parts.get(j)).toString();
                if (keys.contains(candidate)) {
                    found.add(MARK + candidate);
                }
                if (!prefixes.contains(candidate)) {
                    break;
                }
            }
        }
        return found;
    }

    /** Adds the Han phrases in {@code run} that {@code found} lacks. */
    private void addHanRuns(String run, List<String> found) {
        for (int i = 0; i < run.length(); i++) {
            if (!hanRunStarts.get(run.charAt(i))) {
                continue;
            }
            for (String phrase : hanRuns) {
                if (run.startsWith(phrase, i) && !found.contains(MARK + phrase)) {
                    found.add(MARK + phrase);
                }
            }
        }
    }
}
