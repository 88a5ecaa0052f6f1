package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The most similar papers of every paper by TF-IDF cosine, with the reasons: the first {@value
 * #NEIGHBOURS} of each paper's list in a {@link SimilarityGraph}, each explained by the canonical tags both
 * carry, in catalog order (most used first, as the catalog sorts them), and the shared terms that weigh most
 * in their similarity, English words before Han bigrams. What each term contributes to that is worked out
 * once per catalog, so a pair costs one pass over the neighbour's term ids.
 */
public final class RelatedPapers {

    /** Neighbours kept per paper. */
    public static final int NEIGHBOURS = 5;

    static final int SHARED_TERMS = 5;
    private static final int RANGES_PER_THREAD = 4;

    /**
     * Added to a word's contribution so every word ranks before every bigram: a Han bigram is often a
     * fragment across two words ("励模" of 奖励模型), and a contribution is at most 1.
     */
    private static final double WORD_FIRST = 2;

    private final TermVectors vectors;
    /** For a tag term, its place among all tag terms in display order; -1 for words and bigrams. */
    private final int[] tagPlace;
    /** Display names of the tag terms, by {@link #tagPlace}. */
    private final String[] tagNames;
    /** What is added to a word's contribution when ranking shared terms. */
    private final double[] rankOffset;

    /**
     * Neighbours of every paper, keyed by paper id in catalog order, from the catalog's vectors and a graph
     * searched from them (the map's); a graph with more than {@value #NEIGHBOURS} neighbours per paper gives the
     * same result as one with exactly that many, since a shorter list is a prefix of a longer one.
     */
    public static Map<String, List<Related>> compute(Catalog catalog, TermVectors vectors, SimilarityGraph graph) {
        // built once and only read after, so every thread shares it
        RelatedPapers reasons = new RelatedPapers(catalog, vectors);
        int n = vectors.size();
        List<List<Related>> neighbours = new ArrayList<>(Collections.nCopies(n, null));
        // a few ranges per thread, so each range's scratch vector (sized for the whole vocabulary) is reused
        int ranges = Math.min(n, RANGES_PER_THREAD * (ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, ranges).parallel().forEach(range -> {
            double[] dense = new double[vectors.termCount()];
            for (int d = (int) ((long) n * range / ranges); d < (long) n * (range + 1) / ranges; d++) {
                int count = Math.min(NEIGHBOURS, graph.degree(d));
                List<Related> related = new ArrayList<>(count);
                vectors.scatter(d, dense);
                for (int rank = 0; rank < count; rank++) {
                    related.add(reasons.explain(dense, graph.neighbour(d, rank)));
                }
                vectors.clear(d, dense);
                neighbours.set(d, List.copyOf(related));
            }
        });
        Map<String, List<Related>> result = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            result.put(vectors.paper(d).id(), neighbours.get(d));
        }
        return result;
    }

    private RelatedPapers(Catalog catalog, TermVectors vectors) {
        this.vectors = vectors;
        Map<String, Integer> tagRank = new HashMap<>();
        catalog.tags().forEach(t -> tagRank.put(t.slug(), tagRank.size()));
        Map<String, String> names = catalog.tags().stream().collect(Collectors.toMap(Tag::slug, Tag::name));
        int terms = vectors.termCount();
        tagPlace = new int[terms];
        rankOffset = new double[terms];
        List<Integer> tagTerms = new ArrayList<>();
        for (int t = 0; t < terms; t++) {
            String term = vectors.term(t);
            tagPlace[t] = -1;
            if (term.startsWith(TermVectors.TAG_PREFIX)) {
                tagTerms.add(t);
            } else {
                rankOffset[t] = TermSplitter.isHan(term.codePointAt(0)) ? 0 : WORD_FIRST;
            }
        }
        tagTerms.sort(Comparator.comparing((Integer t) -> tagRank.getOrDefault(slug(t), Integer.MAX_VALUE))
                .thenComparing(this::slug));
        tagNames = new String[tagTerms.size()];
        for (int place = 0; place < tagNames.length; place++) {
            int t = tagTerms.get(place);
            tagPlace[t] = place;
            tagNames[place] = names.getOrDefault(slug(t), slug(t));
        }
    }

    private String slug(int term) {
        return vectors.term(term).substring(TermVectors.TAG_PREFIX.length());
    }

    /**
     * Paper {@code b} as a neighbour of the paper scattered in {@code scatteredA}: cosine, shared
     * tags and the top {@value #SHARED_TERMS} shared terms. {@code scatteredA} holds that paper's weights by term id and zero elsewhere; every
     * weight is positive, so a non-zero entry is a term the paper has.
     */
    private Related explain(double[] scatteredA, int b) {
        int[] tb = vectors.termIds(b);
        double[] wb = vectors.weights(b);
        int[] places = new int[8];
        int tags = 0;
        int[] words = new int[32];
        double[] rank = new double[words.length];
        int shared = 0;
        double cosine = 0;
        for (int j = 0; j < tb.length; j++) {
            int t = tb[j];
            double wa = scatteredA[t];
            if (wa == 0) {
                continue;
            }
            double product = wa * wb[j];
            // the shared terms' products in ascending term order, as TermVectors.dot adds them
            cosine += product;
            if (tagPlace[t] >= 0) {
                if (tags == places.length) {
                    places = Arrays.copyOf(places, tags * 2);
                }
                places[tags++] = tagPlace[t];
            } else {
                if (shared == words.length) {
                    words = Arrays.copyOf(words, shared * 2);
                    rank = Arrays.copyOf(rank, shared * 2);
                }
                words[shared] = t;
                rank[shared++] = product + rankOffset[t];
            }
        }
        Arrays.sort(places, 0, tags);
        List<String> sharedTags = new ArrayList<>(tags);
        for (int k = 0; k < tags; k++) {
            sharedTags.add(tagNames[places[k]]);
        }
        int[] top = TopK.largest(rank, shared, SHARED_TERMS);
        List<String> sharedTerms = new ArrayList<>(top.length);
        for (int k : top) {
            sharedTerms.add(vectors.term(words[k]));
        }
        return new Related(vectors.paper(b).id(), Math.min(1.0, cosine), sharedTags, sharedTerms);
    }
}
