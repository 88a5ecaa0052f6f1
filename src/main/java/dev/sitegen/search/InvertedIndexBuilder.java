package dev.sitegen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** One term across the corpus: how many documents have it, and its postings so far. */
    private static final class TermEntry {
        final AtomicInteger df = new AtomicInteger();
        final List<Posting> postings = new ArrayList<>();
    }

    /** One term in one document: frequency per field, Han bigram positions, and its BM25F score. */
    private static final class TermStats {
        final int[] tf = new int[FIELDS.length];
        int[] positions = new int[0];
        int positionCount;
        TermEntry entry;
        double score;

        void addPosition(int position) {
            if (positionCount == positions.length) {
                positions = Arrays.copyOf(positions, Math.max(4, positionCount * 2));
            }
            positions[positionCount++] = position;
        }

        List<Integer> positionList() {
            Integer[] boxed = new Integer[positionCount];
            for (int i = 0; i < positionCount; i++) {
                boxed[i] = positions[i];
            }
            return List.of(boxed);
        }
    }

    /** Term statistics of one document and its length per field. */
    private record DocTerms(Map<String, TermStats> terms, int[] lengths) {}

    public InvertedIndex build(List<SearchDocument> docs) {
        // Documents are counted and scored independently, so both passes run in parallel.
        Map<String, TermEntry> entries = new ConcurrentHashMap<>();
        List<DocTerms> all = docs.parallelStream().map(doc -> count(doc, entries)).toList();
        double[] avgLength = averageLengths(all);
        double max = all.parallelStream().mapToDouble(d -> {
            double docMax = 0;
            for (TermStats stats : d.terms().values()) {
                stats.score = score(stats.tf, d.lengths(), avgLength, stats.entry.df.get(), docs.size());
                docMax = Math.max(docMax, stats.score);
            }
            return docMax;
        }).max().orElse(0);

        for (int doc = 0; doc < all.size(); doc++) {
            for (TermStats stats : all.get(doc).terms().values()) {
                int impact = (int) Math.max(1, Math.round(Posting.MAX_IMPACT * stats.score / max));
                stats.entry.postings.add(new Posting(doc, impact, stats.positionList()));
            }
        }
        Map<String, List<Posting>> postings = new HashMap<>(entries.size() * 2);
        entries.forEach((term, entry) -> postings.put(term, entry.postings));
        return new InvertedIndex(docs, postings);
    }

    private DocTerms count(SearchDocument doc, Map<String, TermEntry> entries) {
        Map<String, TermStats> terms = new HashMap<>();
        int[] lengths = new int[FIELDS.length];
        int base = 0;
        for (SearchField field : FIELDS) {
            List<Token> tokens = tokenizer.tokens(field.text(doc));
            lengths[field.ordinal()] = tokens.size();
            for (Token token : tokens) {
                TermStats stats = terms.computeIfAbsent(token.term(), t -> new TermStats());
                stats.tf[field.ordinal()]++;
                if (InvertedIndex.isHanBigram(token.term())) {
                    stats.addPosition(base + token.position());
                }
            }
            // Two unused positions keep a phrase from spanning the end of one field and the start of the next.
            base += tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position() + 2;
        }
        // One lookup per (document, term) links the document's statistics to the corpus-wide entry.
        terms.forEach((term, stats) -> {
            stats.entry = entries.computeIfAbsent(term, t -> new TermEntry());
            stats.entry.df.incrementAndGet();
        });
        return new DocTerms(terms, lengths);
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
