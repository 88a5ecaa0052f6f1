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
 * Times {@code serve}'s incremental rebuild after editing one paper of the real digest: a benchmark
 * main, not a test. Usage: {@code java -cp target/site-gen.jar:target/test-classes
 * dev.sitegen.bench.LiveRebuildBench [content-dir] [edits]}; {@code -Dstages=true}
 * prints each stage's time.
 */
public final class LiveRebuildBench {
    private LiveRebuildBench() {
    }

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
            digest = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        String original = Files.readString(digest);
        boolean verbose = Boolean.getBoolean("stages");
        LiveSite site = new LiveSite(content, Optional.empty(), work.resolve("out"), (stage, detail, millis) -> {
            if (verbose) {
                System.out.printf("  %s: %s in %d ms%n", stage, detail, millis);
            }
        });
        System.out.println("first build: " + site.rebuild().millis() + " ms");
        // As serve does before it waits for the first edit.
        System.out.println("warm-up: an unchanged rebuild takes " + site.warmUp(LiveSite.WARM_UP_ROUNDS) + " ms");
        List<Long> shown = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            // Edit one paper's summary field, as a maintainer fixing a typo would.
            Files.writeString(digest, original.replaceFirst("⭐ 主要贡献", "⭐ 主要贡献(修订 " + i + ")"));
            LiveSite.Rebuild rebuild = site.rebuild();
            Optional<LiveSite.Rebuild> caughtUp = site.catchUp();
            long all = rebuild.millis() + caughtUp.map(LiveSite.Rebuild::millis).orElse(0L);
            shown.add(rebuild.millis());
            total.add(all);
            System.out.printf("edit %d: page shown after %d ms (%d pages rendered, %d files written); up to date after"
                    + " %d ms (%d more files)%n", i, rebuild.millis(), rebuild.rendered(), rebuild.written(), all,
                    caughtUp.map(LiveSite.Rebuild::written).orElse(0));
        }
        System.out.printf("incremental rebuild after one edit: edited page written after median %d ms (min %d, max %d);"
                + " similarity and search index up to date after median %d ms (min %d, max %d); %d edits%n",
                median(shown), Collections.min(shown), Collections.max(shown), median(total), Collections.min(total),
                Collections.max(total), edits);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
