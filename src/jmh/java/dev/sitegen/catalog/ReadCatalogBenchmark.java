package dev.sitegen.catalog;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.digest.DigestReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Measures read + catalog of a content directory, warm: {@code java -cp … ReadCatalogBenchmark content}.
 * A main, not a timed unit test, so a busy CI machine cannot fail the build.
 */
public final class ReadCatalogBenchmark {
    private ReadCatalogBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        SiteConfig config = new SiteConfigReader().read(content);
        TagAliases aliases = TagAliases.load(content);
        int rounds = 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long total = 0;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < rounds * 2; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            CatalogResult result =
                    new CatalogBuilder().build(new DigestReader().read(content), config, aliases, TitlePins.none());
            long t = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - c0;
            if (i >= rounds) {
                best = Math.min(best, t);
                bestCpu = Math.min(bestCpu, cpu);
                total += t;
            }
            if (result.catalog().papers().isEmpty()) {
                System.out.println("no papers read");
            }
        }
        System.out.printf(
                "read+catalog warm: best %.1f ms wall (%.1f ms CPU of this thread), mean %.1f ms over %d runs%n",
                best / 1e6, bestCpu / 1e6, total / 1e6 / rounds, rounds);
    }
}
