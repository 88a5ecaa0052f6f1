package dev.sitegen.bench;

import dev.sitegen.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the whole {@code build} command run again and again in one JVM, each time exactly as the CLI does
 * it (fresh catalog, templates and text renderer, every file written): what a build costs once the JIT has
 * compiled everything, i.e. the floor that no start-up trick can go below. A benchmark main, not a test.
 * Usage: {@code java -cp target/site-gen.jar:target/test-classes dev.sitegen.bench.WarmBuildBench
 * [content-dir] [runs] [out-dir]}; prints each run and the median of the second half.
 */
public final class WarmBuildBench {
    private WarmBuildBench() {}

    public static void main(String[] args) throws Exception {
        String content = args.length > 0 ? args[0] : "content";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path out = args.length > 2
                ? Path.of(args[2])
                : Files.createTempDirectory("warm-build").resolve("site");
        String[] build = {"build", "--content", content, "--out", out.toString(), "--verbose"};
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            deleteTree(out); // as bench/run.sh and the Hugo twin do before each timed build
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int exit = Main.run(build, stream, stream);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                System.out.print(log.toString(StandardCharsets.UTF_8));
                throw new IllegalStateException("build exited with " + exit);
            }
            millis.add(took);
            System.out.printf("run %d: %d ms  %s%n", i, took, stages(log.toString(StandardCharsets.UTF_8)));
        }
        List<Long> warm = new ArrayList<>(millis.subList(runs / 2, runs));
        Collections.sort(warm);
        System.out.printf(
                "warm in-process full build: median %d ms (min %d, max %d) over runs %d-%d of %d%n",
                warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), runs / 2, runs - 1, runs);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The stage lines of a verbose build ("read: 803 papers in 180 ms") as "read 180, index 560, ...". */
    private static String stages(String log) {
        List<String> parts = new ArrayList<>();
        for (String line : log.split("\n")) {
            String s = line.strip();
            int colon = s.indexOf(':');
            int in = s.lastIndexOf(" in ");
            if (colon > 0 && in > colon && s.endsWith(" ms") && !s.startsWith("built")) {
                parts.add(s.substring(0, colon) + " " + s.substring(in + 4, s.length() - 3));
            }
        }
        return String.join(", ", parts);
    }
}
