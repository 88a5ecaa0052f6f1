package dev.sitegen.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final int maxParts;

    /** The first parts of the keys: most words start no phrase, and this spares building their candidates. */
    private final Set<String> firstParts;

    /** Han phrases of one run ({@code 推测解码}), found anywhere in a run of the text. */
    private final List<String> hanRuns;

    /** The first UTF-16 unit of each Han phrase: most characters of a run start none, and are compared to none. */
    private final BitSet hanRunStarts = new BitSet();

    /** {@code keys} are {@link SynonymTable#key keys} of two or more parts, or of one Han run of three or more characters. */
    PhraseTerms(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        this.maxParts = keys.stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.firstParts = keys.stream().map(SynonymTable::firstPart).collect(Collectors.toUnmodifiableSet());
        this.hanRuns = keys.stream().filter(k -> k.indexOf(' ') < 0).sorted().toList();
        hanRuns.forEach(run -> hanRunStarts.set(run.charAt(0)));
    }

    static PhraseTerms none() {
        return new PhraseTerms(Set.of());
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
            if (!firstParts.contains(part)) {
                continue;
            }
            key.setLength(0);
            key.append(part);
            for (int j = i + 1; j < parts.size() && j - i < maxParts; j++) {
                key.append(' ').append(parts.get(j));
                if (keys.contains(key.toString())) {
                    found.add(MARK + key.toString());
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
