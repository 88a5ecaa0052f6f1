package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Prints the share of each paper's 10 nearest dots that are among its 10 most similar papers, for the
 * principal-component projection and for the map's layout, and the layout's time; run by hand
 * ({@code java -cp target/site-gen.jar:target/test-classes dev.sitegen.discover.MapShareBench 1}),
 * not a test. With copies &gt; 1 the share is skipped (it is quadratic) and only the time is printed.
 */
final class MapShareBench {

    private static final int K = 10;
    private static final int RUNS = 5;

    private MapShareBench() {}

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Catalog catalog = RealDigest.load(copies);
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        long t0 = System.nanoTime();
        SimilarityGraph graph = SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS);
        long t1 = System.nanoTime();
        System.out.printf(
                "papers %d, graph of %d neighbours: %d ms%n",
                vectors.size(), PaperMap.NEIGHBOURS, (t1 - t0) / 1_000_000);
        // CPU time of this thread: the layout runs on one thread, and the machine may be shared
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestProjection = Long.MAX_VALUE;
        List<MapPoint> after = null;
        List<MapPoint> before = null;
        for (int run = 0; run < RUNS; run++) {
            long start = cpu.getCurrentThreadCpuTime();
            after = PaperMap.layout(vectors, graph, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN);
            long middle = cpu.getCurrentThreadCpuTime();
            before = PaperMap.projection(vectors, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN);
            best = Math.min(best, middle - start);
            bestProjection = Math.min(bestProjection, cpu.getCurrentThreadCpuTime() - middle);
        }
        System.out.printf(
                "CPU ms, best of %d: layout (projection + force) %d, projection alone %d%n",
                RUNS, best / 1_000_000, bestProjection / 1_000_000);
        if (copies <= 1) {
            System.out.printf(
                    "share of %d nearest dots among %d most similar: before %.3f, after %.3f%n",
                    K, K, NeighbourShare.mean(before, graph, K), NeighbourShare.mean(after, graph, K));
        }
    }
}
