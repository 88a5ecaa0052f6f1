package dev.sitegen.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a query also searches for: per {@link #key phrase key}, the phrases that mean the same. Two
 * sources: acronyms the digest spells out ("Speculative Decoding (SD)": {@code sd} also searches its
 * long forms, and the long form searches {@code sd} when that is what SD mostly stands for), and the
 * curated {@link SynonymGroups}, whose members all search each other. Keys are sorted.
 */
record SynonymTable(Map<String, Set<String>> phrases) {

    /** An acronym searches at most this many of its long forms, the most often written first. */
    static final int MAX_LONG_FORMS = 4;

    static SynonymTable of(List<SearchDocument> docs, SynonymGroups curated) {
        Map<String, Set<String>> phrases = new TreeMap<>();
        learnAcronyms(docs, phrases);
        for (List<String> group : curated.groups()) {
            for (String member : group) {
                for (String other : group) {
                    add(phrases, member, other);
                }
            }
        }
        return new SynonymTable(phrases);
    }

    private static void learnAcronyms(List<SearchDocument> docs, Map<String, Set<String>> phrases) {
        // Per acronym key: long-form key → [papers writing it, first spelling seen].
        Map<String, Map<String, LongForm>> forms = new TreeMap<>();
        for (SearchDocument doc : docs) {
            String text = doc.tldr().orElse("") + "\n" + doc.fieldsText() + "\n" + doc.abstractText();
            Set<String> seen = new TreeSet<>();
            for (AcronymPairs.Pair pair : AcronymPairs.in(text)) {
                String acronym = key(pair.acronym());
                String longForm = key(pair.longForm());
                if (seen.add(acronym + "\n" + longForm)) {
                    forms.computeIfAbsent(acronym, k -> new HashMap<>())
                            .computeIfAbsent(longForm, k -> new LongForm(Tokenizer.normalize(pair.longForm())))
                            .papers++;
                }
            }
        }
        forms.forEach((acronym, byKey) -> {
            List<LongForm> ranked = new ArrayList<>(byKey.values());
            ranked.sort((a, b) -> a.papers != b.papers ? b.papers - a.papers : a.spelling.compareTo(b.spelling));
            int total = ranked.stream().mapToInt(f -> f.papers).sum();
            ranked.stream().limit(MAX_LONG_FORMS).forEach(f -> add(phrases, acronym, f.spelling));
            LongForm top = ranked.get(0);
            if (top.papers * 2 > total) {
                add(phrases, top.spelling, acronym);
            }
        });
    }

    private static final class LongForm {
        final String spelling;
        int papers;

        LongForm(String spelling) {
            this.spelling = spelling;
        }
    }

    private static void add(Map<String, Set<String>> phrases, String from, String to) {
        String key = key(from);
        String phrase = Tokenizer.normalize(to).strip();
        if (!key.isEmpty() && !key.equals(key(phrase))) {
            phrases.computeIfAbsent(key, k -> new TreeSet<>()).add(phrase);
        }
    }

    /**
     * The key a phrase is looked up by: its Han runs and words in order, joined by single spaces, each
     * word {@link EnglishStemmer stemmed}, so {@code Speculative-decoding} is not {@code speculative decoding}
     * but {@code Speculative Decoders} is. {@code search-engine.js} computes the same from a query.
     */
    static String key(String phrase) {
        return String.join(" ", parts(Tokenizer.normalize(phrase)));
    }

    /** The parts of a {@link #key} of a normalised text: its Han runs and its words, stemmed, in order. */
    static List<String> parts(String s) {
        List<String> parts = new ArrayList<>();
        // The tokenizer hands over these parts while indexing, so both read a text the same way.
        Tokenizer.scan(s, new Tokenizer.TokenSink() {
            @Override
            public void token(String text, int start, int end, int position, boolean bigram) {}

            @Override
            public void part(String part) {
                parts.add(part);
            }
        });
        return parts;
    }

    /** The phrases of two or more parts, and the longer Han phrases, the table searches: terms for the index. */
    PhraseTerms phraseTerms() {
        Set<String> keys = new TreeSet<>();
        phrases.values()
                .forEach(list -> list.forEach(p -> {
                    String key = key(p);
                    if (key.indexOf(' ') > 0 || isHanPhrase(key)) {
                        keys.add(key);
                    }
                }));
        return new PhraseTerms(keys);
    }

    /** Whether a key is one Han run of three or more characters, which a phrase term serves better than bigrams. */
    static boolean isHanPhrase(String key) {
        return key.indexOf(' ') < 0
                && !key.isEmpty()
                && Tokenizer.isHan(key.codePointAt(0))
                && key.codePointCount(0, key.length()) >= 3;
    }

    /** The first part of a key, which says the shard the key is kept in. */
    static String firstPart(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** The entries of each of {@code shards} shards, keys sorted, by the shard of their first part. */
    List<Map<String, List<String>>> shards(ShardKey shardKey) {
        List<Map<String, List<String>>> out = new ArrayList<>();
        for (int i = 0; i < shardKey.shards(); i++) {
            out.add(new LinkedHashMap<>());
        }
        phrases.forEach((key, list) -> out.get(shardKey.shardOf(firstPart(key))).put(key, List.copyOf(list)));
        return out;
    }

    /** The characters of the table as JSON, roughly, to size its shards. */
    long chars() {
        return phrases.entrySet().stream()
                .mapToLong(e -> e.getKey().length()
                        + 6
                        + e.getValue().stream().mapToInt(p -> p.length() + 3).sum())
                .sum();
    }
}
