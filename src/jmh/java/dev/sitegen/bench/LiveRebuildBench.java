package dev.sitegen.bench;

import dev.sitegen.site.LiveSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Times {@code serve}'s rebuild after editing one paper of the real digest: a benchmark
 * main, not a test. Usage: {@code java -cp target/site-gen.jar:target/test-classes
 * dev.sitegen.bench.LiveRebuildBench [content-dir] [edits]}; {@code -Dstages=true}
 * prints each stage's time.
 */
public final class LiveRebuildBench {
    private LiveRebuildBench() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "content");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("live-rebuild");
        Path content = Files.createDirectories(work.resolve("content"));
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, content.resolve(f.getFileName()));
            }
        }
        Path digest;
        try (var files = Files.list(content)) {
            digest =
                    files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        String original = Files.readString(digest);
        boolean verbose = Boolean.getBoolean("stages");
        LiveSite site = new LiveSite(content, Optional.empty(), work.resolve("out"), (stage, detail, millis) -> {
            if (verbose) {
                System.out.printf("  %s: %s in %d ms%n", stage, detail, millis);
            }
        });
        System.out.println("first build: " + site.rebuild().millis() + " ms");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            // Edit one paper's summary field, as a maintainer fixing a typo would.
            Files.writeString(digest, original.replaceFirst("⭐ 主要贡献", "⭐ 主要贡献(修订 " + i + ")"));
            LiveSite.Rebuild rebuild = site.rebuild();
            times.add(rebuild.millis());
            System.out.printf(
                    "edit %d: rebuilt and written after %d ms (%d files written)%n",
                    i, rebuild.millis(), rebuild.written());
        }
        List<Long> warm = times.subList(Math.min(times.size() - 1, 5), times.size());
        System.out.printf(
                "rebuild after one edit: median %d ms (min %d, max %d) over the last %d of %d edits%n",
                median(warm), Collections.min(warm), Collections.max(warm), warm.size(), edits);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
