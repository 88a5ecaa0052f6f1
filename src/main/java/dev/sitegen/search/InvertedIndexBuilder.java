package dev.sitegen.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores every (term, document) pair with BM25F over the weighted {@link SearchField}s and quantises
 * the score to a small integer impact, so a query only adds impacts and needs no statistics.
 */
public final class InvertedIndexBuilder {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final SearchField[] FIELDS = SearchField.values();

    private final Tokenizer tokenizer;

    public InvertedIndexBuilder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Term statistics of one document: term frequency and length per field, Han bigram positions. */
    private record DocTerms(Map<String, int[]> tf, int[] lengths, Map<String, List<Integer>> positions) {}

    public InvertedIndex build(List<SearchDocument> docs) {
        List<DocTerms> all = docs.stream().map(this::count).toList();
        double[] avgLength = averageLengths(all);
        Map<String, Integer> df = new HashMap<>();
        all.forEach(d -> d.tf().keySet().forEach(t -> df.merge(t, 1, Integer::sum)));

        List<Map<String, Double>> scores = new ArrayList<>();
        double max = 0;
        for (DocTerms d : all) {
            Map<String, Double> docScores = new HashMap<>();
            for (Map.Entry<String, int[]> e : d.tf().entrySet()) {
                double s = score(e.getValue(), d.lengths(), avgLength, df.get(e.getKey()), docs.size());
                docScores.put(e.getKey(), s);
                max = Math.max(max, s);
            }
            scores.add(docScores);
        }

        TreeMap<String, List<Posting>> postings = new TreeMap<>();
        for (int doc = 0; doc < all.size(); doc++) {
            for (Map.Entry<String, Double> e : scores.get(doc).entrySet()) {
                int impact = (int) Math.max(1, Math.round(Posting.MAX_IMPACT * e.getValue() / max));
                List<Integer> positions = all.get(doc).positions().getOrDefault(e.getKey(), List.of());
                postings.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(new Posting(doc, impact, positions));
            }
        }
        return new InvertedIndex(docs, postings);
    }

    private DocTerms count(SearchDocument doc) {
        Map<String, int[]> tf = new HashMap<>();
        int[] lengths = new int[FIELDS.length];
        Map<String, List<Integer>> positions = new HashMap<>();
        int base = 0;
        for (SearchField field : FIELDS) {
            List<Token> tokens = tokenizer.tokens(field.text(doc));
            lengths[field.ordinal()] = tokens.size();
            for (Token token : tokens) {
                tf.computeIfAbsent(token.term(), t -> new int[FIELDS.length])[field.ordinal()]++;
                if (InvertedIndex.isHanBigram(token.term())) {
                    positions.computeIfAbsent(token.term(), t -> new ArrayList<>()).add(base + token.position());
                }
            }
            // Two unused positions keep a phrase from spanning the end of one field and the start of the next.
            base += tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position() + 2;
        }
        return new DocTerms(tf, lengths, positions);
    }

    private static double[] averageLengths(List<DocTerms> all) {
        double[] avg = new double[FIELDS.length];
        all.forEach(d -> {
            for (int f = 0; f < avg.length; f++) {
                avg[f] += d.lengths()[f];
            }
        });
        for (int f = 0; f < avg.length; f++) {
            avg[f] = all.isEmpty() ? 0 : avg[f] / all.size();
        }
        return avg;
    }

    private static double score(int[] tf, int[] lengths, double[] avgLength, int df, int n) {
        double weighted = 0;
        for (SearchField field : FIELDS) {
            int f = field.ordinal();
            if (tf[f] > 0) {
                double norm = 1 - B + B * lengths[f] / avgLength[f];
                weighted += field.weight() * tf[f] / norm;
            }
        }
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        return idf * weighted * (K1 + 1) / (K1 + weighted);
    }
}
