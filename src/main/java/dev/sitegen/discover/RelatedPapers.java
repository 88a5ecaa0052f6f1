package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The most similar papers of every paper by TF-IDF cosine, with the reasons.
 *
 * <p>Pairwise comparison is O(n²); instead each paper's {@value #QUERY_TERMS} heaviest terms are
 * looked up in an {@link InvertedIndex} whose work per query is bounded, and the best
 * {@value #CANDIDATES} candidates are then scored exactly. Results are
 * deterministic: ties go to the smaller paper id.
 */
public final class RelatedPapers {

    /** Neighbours kept per paper. */
    public static final int NEIGHBOURS = 5;
    static final int QUERY_TERMS = 80;
    static final int CANDIDATES = 80;
    static final int SHARED_TERMS = 5;

    private RelatedPapers() {
    }

    /** Neighbours of every paper, keyed by paper id in catalog order. */
    public static Map<String, List<Related>> compute(Catalog catalog, Function<Paper, String> textOf) {
        return compute(catalog, TermVectors.build(catalog, textOf));
    }

    /** As {@link #compute(Catalog, Function)}, reusing vectors already built (for the map) from the same catalog. */
    public static Map<String, List<Related>> compute(Catalog catalog, TermVectors vectors) {
        if (vectors.size() != catalog.papers().size()) {
            throw new IllegalArgumentException("vectors hold " + vectors.size() + " papers but the catalog has "
                    + catalog.papers().size() + "; build them from this catalog");
        }
        InvertedIndex index = new InvertedIndex(vectors);
        Map<String, Integer> tagRank = new HashMap<>();
        catalog.tags().forEach(t -> tagRank.put(t.slug(), tagRank.size()));
        Map<String, String> tagNames = catalog.tags().stream().collect(Collectors.toMap(Tag::slug, Tag::name));
        Map<String, List<Related>> result = new LinkedHashMap<>();
        double[] dense = new double[vectors.termCount()];
        for (int d = 0; d < vectors.size(); d++) {
            List<Related> related = new ArrayList<>();
            for (int other : nearest(vectors, index, d, dense)) {
                related.add(explain(vectors, d, other, tagRank, tagNames));
            }
            result.put(vectors.paper(d).id(), List.copyOf(related));
        }
        return result;
    }

    private static int[] nearest(TermVectors vectors, InvertedIndex index, int doc, double[] dense) {
        int[] candidates = index.candidates(doc, QUERY_TERMS, CANDIDATES);
        double[] scores = new double[candidates.length];
        Integer[] order = new Integer[candidates.length];
        vectors.scatter(doc, dense);
        for (int i = 0; i < candidates.length; i++) {
            scores[i] = vectors.dot(dense, candidates[i]);
            order[i] = i;
        }
        vectors.clear(doc, dense);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
                .thenComparing(i -> vectors.paper(candidates[i]).id()));
        return Arrays.stream(order)
                .filter(i -> scores[i] > 0)
                .limit(NEIGHBOURS)
                .mapToInt(i -> candidates[i])
                .toArray();
    }

    private static Related explain(TermVectors vectors, int a, int b, Map<String, Integer> tagRank,
                                   Map<String, String> tagNames) {
        int[] ta = vectors.termIds(a);
        int[] tb = vectors.termIds(b);
        double[] wa = vectors.weights(a);
        double[] wb = vectors.weights(b);
        List<String> tags = new ArrayList<>();
        List<Map.Entry<String, Double>> words = new ArrayList<>();
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] == tb[j]) {
                String term = vectors.term(ta[i]);
                if (term.startsWith(TermVectors.TAG_PREFIX)) {
                    tags.add(term.substring(TermVectors.TAG_PREFIX.length()));
                } else {
                    words.add(Map.entry(term, wa[i] * wb[j]));
                }
                i++;
                j++;
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        // catalog order: most used tags first, as the catalog sorts them
        List<String> sharedTags = tags.stream()
                .sorted(Comparator.comparing((String slug) -> tagRank.getOrDefault(slug, Integer.MAX_VALUE))
                        .thenComparing(slug -> slug))
                .map(slug -> tagNames.getOrDefault(slug, slug))
                .toList();
        double[] rank = new double[words.size()];
        for (int k = 0; k < rank.length; k++) {
            // English words first: a Han bigram is often a fragment across two words ("励模" of 奖励模型);
            // a contribution is at most 1, so the offset sorts every word before every bigram
            rank[k] = words.get(k).getValue() + (isHanBigram(words.get(k).getKey()) ? 0 : 2);
        }
        List<String> sharedTerms = Arrays.stream(TopK.largest(rank, SHARED_TERMS))
                .mapToObj(k -> words.get(k).getKey())
                .toList();
        double score = Math.min(1.0, vectors.cosine(a, b));
        return new Related(vectors.paper(b).id(), score, sharedTags, sharedTerms);
    }

    private static boolean isHanBigram(String term) {
        return TermSplitter.isHan(term.codePointAt(0));
    }
}
