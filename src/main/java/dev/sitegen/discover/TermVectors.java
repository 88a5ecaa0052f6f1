package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.TagRef;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every paper as an L2-normalised TF-IDF vector (sublinear tf, smoothed idf) over the terms of its
 * text plus its canonical tags, the shared input of {@link RelatedPapers} and {@link PaperMap}.
 * Build once per catalog; immutable after construction.
 */
public final class TermVectors {

    /** How much a canonical tag counts next to a word: tags are the author's own summary of the topic. */
    static final double TAG_BOOST = 2.5;
    /** Prefix of tag terms, so a tag slug never collides with a word of the text. */
    static final String TAG_PREFIX = "#";

    private final List<Paper> papers;
    private final String[] terms;
    private final int[] documentFrequency;
    private final int[][] termIds;
    private final double[][] weights;

    private TermVectors(List<Paper> papers, String[] terms, int[] documentFrequency, int[][] termIds,
                        double[][] weights) {
        this.papers = papers;
        this.terms = terms;
        this.documentFrequency = documentFrequency;
        this.termIds = termIds;
        this.weights = weights;
    }

    /**
     * Vectors for the catalog's papers in catalog order; {@code textOf} gives the reader-visible
     * text of a paper (see {@link PaperText}).
     */
    public static TermVectors build(Catalog catalog, Function<Paper, String> textOf) {
        Objects.requireNonNull(textOf, "textOf");
        List<Paper> papers = catalog.papers();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Map<Integer, Double>> counts = papers.stream().map(p -> count(p, textOf.apply(p), ids)).toList();

        int[] df = new int[ids.size()];
        counts.forEach(c -> c.keySet().forEach(t -> df[t]++));
        int n = papers.size();
        double[] idf = new double[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = Math.log((1.0 + n) / (1.0 + df[t])) + 1.0;
        }
        int[][] termIds = new int[n][];
        double[][] weights = new double[n][];
        String[] terms = ids.keySet().toArray(String[]::new);
        for (int d = 0; d < n; d++) {
            int[] ts = counts.get(d).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] ws = new double[ts.length];
            double norm = 0;
            for (int i = 0; i < ts.length; i++) {
                double tf = counts.get(d).get(ts[i]);
                // tag terms arrive with tf already equal to the boost; words get 1 + ln(tf)
                double sublinear = terms[ts[i]].startsWith(TAG_PREFIX) ? tf : 1 + Math.log(tf);
                ws[i] = sublinear * idf[ts[i]];
                norm += ws[i] * ws[i];
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int i = 0; i < ws.length; i++) {
                ws[i] *= scale;
            }
            termIds[d] = ts;
            weights[d] = ws;
        }
        return new TermVectors(papers, terms, df, termIds, weights);
    }

    private static Map<Integer, Double> count(Paper paper, String text, Map<String, Integer> ids) {
        Map<Integer, Double> counts = new HashMap<>();
        for (String term : TermSplitter.split(text)) {
            counts.merge(ids.computeIfAbsent(term, k -> ids.size()), 1.0, Double::sum);
        }
        for (TagRef tag : paper.tags()) {
            counts.put(ids.computeIfAbsent(TAG_PREFIX + tag.slug(), k -> ids.size()), TAG_BOOST);
        }
        return counts;
    }

    /** Number of papers. */
    public int size() {
        return papers.size();
    }

    /** Number of distinct terms (words, bigrams and tags). */
    public int termCount() {
        return terms.length;
    }

    Paper paper(int doc) {
        return papers.get(doc);
    }

    String term(int termId) {
        return terms[termId];
    }

    int documentFrequency(int termId) {
        return documentFrequency[termId];
    }

    /** Term ids of a paper's vector, ascending; do not modify. */
    int[] termIds(int doc) {
        return termIds[doc];
    }

    /** Weights aligned with {@link #termIds(int)}; do not modify. */
    double[] weights(int doc) {
        return weights[doc];
    }

    /** Cosine similarity of two papers: a merge over their sorted term ids. */
    double cosine(int a, int b) {
        int[] ta = termIds[a];
        int[] tb = termIds[b];
        double sum = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] == tb[j]) {
                sum += weights[a][i++] * weights[b][j++];
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return "TermVectors[" + papers.size() + " papers, " + terms.length + " terms, nnz="
                + Arrays.stream(termIds).mapToInt(t -> t.length).sum() + "]";
    }
}
