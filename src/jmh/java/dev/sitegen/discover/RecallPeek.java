package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Compares the inverted-index neighbours with exact all-pairs neighbours on the real digest; not a test. */
final class RecallPeek {

    private RecallPeek() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = RealDigest.load(1);
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        Map<String, List<Related>> related =
                RelatedPapers.compute(catalog, vectors, SimilarityGraph.of(vectors, RelatedPapers.NEIGHBOURS));
        int found = 0;
        int total = 0;
        int firstAgrees = 0;
        double[] dense = new double[vectors.termCount()];
        for (int d = 0; d < vectors.size(); d++) {
            int doc = d;
            vectors.scatter(d, dense);
            List<String> exact = IntStream.range(0, vectors.size())
                    .filter(o -> o != doc)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer o) -> -vectors.dot(dense, o))
                            .thenComparing(o -> vectors.paper(o).id()))
                    .limit(RelatedPapers.NEIGHBOURS)
                    .map(o -> vectors.paper(o).id())
                    .toList();
            vectors.clear(d, dense);
            Set<String> approximate = new HashSet<>();
            related.get(vectors.paper(d).id()).forEach(r -> approximate.add(r.paperId()));
            found += (int) exact.stream().filter(approximate::contains).count();
            total += exact.size();
            List<Related> mine = related.get(vectors.paper(d).id());
            firstAgrees += !mine.isEmpty() && mine.get(0).paperId().equals(exact.get(0)) ? 1 : 0;
        }
        System.out.printf(
                "recall@5 vs exact: %.3f; same nearest neighbour: %d of %d%n",
                (double) found / total, firstAgrees, vectors.size());
    }
}
