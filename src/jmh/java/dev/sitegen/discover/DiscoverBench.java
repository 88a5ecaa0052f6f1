package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import java.util.List;
import java.util.Map;

/**
 * Times related papers and the paper map on the real digest and on copies of it; run by hand
 * ({@code java -cp target/classes:target/test-classes dev.sitegen.discover.DiscoverBench 1 10}), not
 * a unit test, because timings on a shared machine are not assertions.
 */
final class DiscoverBench {

    private static final int WARMUP = 5;
    private static final int RUNS = 5;

    private DiscoverBench() {}

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int copies = Integer.parseInt(arg);
            Catalog catalog = RealDigest.load(copies);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long best = Long.MAX_VALUE;
            long bestVectors = 0;
            long bestRelated = 0;
            long bestMap = 0;
            for (int run = 0; run < WARMUP + RUNS; run++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
                long t1 = cpu.getCurrentThreadCpuTime();
                Map<String, List<Related>> related =
                        RelatedPapers.compute(catalog, vectors, SimilarityGraph.of(vectors, RelatedPapers.NEIGHBOURS));
                long t2 = cpu.getCurrentThreadCpuTime();
                List<MapPoint> points =
                        PaperMap.layout(vectors, SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS), 1000, 700, 20);
                long t3 = cpu.getCurrentThreadCpuTime();
                if (related.size() != points.size()) {
                    throw new IllegalStateException("sizes differ");
                }
                if (run >= WARMUP && t3 - t0 < best) {
                    best = t3 - t0;
                    bestVectors = t1 - t0;
                    bestRelated = t2 - t1;
                    bestMap = t3 - t2;
                }
                if (run == 0) {
                    System.out.println(vectors);
                }
            }
            System.out.printf(
                    "%d papers: vectors %d ms, related %d ms, map %d ms, total %d ms (thread CPU time, best of %d warm runs)%n",
                    catalog.papers().size(),
                    bestVectors / 1_000_000,
                    bestRelated / 1_000_000,
                    bestMap / 1_000_000,
                    best / 1_000_000,
                    RUNS);
        }
    }
}
