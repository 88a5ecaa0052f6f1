package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar started as {@code java -jar}: build and check run in a child JVM with batch flags. */
class BatchJvmIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path work;
    private Path jar;
    private Path content;

    @BeforeEach
    void copyJarAndSample() throws IOException {
        jar = Files.copy(Path.of("target/site-gen.jar"), work.resolve("site-gen.jar"));
        content = Files.createDirectories(work.resolve("content"));
        try (InputStream in = BatchJvmIT.class.getResourceAsStream("/digest/real-sample-20.txt")) {
            Files.write(content.resolve("sample.txt"), in.readAllBytes());
        }
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("output.txt").toFile()).start();
    }

    private int run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out");
        return process.exitValue();
    }

    @Test
    void firstBuildRecordsAClassArchiveAndLaterBuildsWriteTheSameSite() throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        assertEquals(0, run("build", "--content", content.toString(), "--out", first.toString(), "--quiet"));
        assertTrue(Files.isRegularFile(work.resolve("site-gen.jsa")), "no archive beside the jar");
        assertEquals(0, run("build", "--content", content.toString(), "--out", second.toString(), "--quiet"));
        Path inProcess = work.resolve("in-process");
        assertEquals(0, Main.run(new String[] {"build", "--content", content.toString(), "--out",
                inProcess.toString(), "--quiet"}, System.out, System.err));
        assertSameTree(inProcess, first);
        assertSameTree(inProcess, second);
        try (Stream<Path> left = Files.list(work)) {
            assertFalse(left.anyMatch(p -> p.toString().endsWith(".tmp")), "a recording was left behind");
        }
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(1, run("check", "--content", work.resolve("missing").toString()));
        assertEquals(0, run("check", "--content", content.toString()));
    }

    @Test
    void killingTheBuildStopsItsChildBeforeItSwapsInASite() throws Exception {
        Path out = work.resolve("out");
        Process parent = start("build", "--content", Path.of("content").toAbsolutePath().toString(),
                "--out", out.toString());
        Optional<ProcessHandle> child = Optional.empty();
        for (int i = 0; i < 200 && child.isEmpty(); i++) {
            Thread.sleep(10);
            child = parent.children().findFirst();
        }
        assertTrue(child.isPresent(), "the build did not start a child JVM");
        parent.destroyForcibly().waitFor();
        assertTrue(child.get().onExit().get(10, TimeUnit.SECONDS) != null);
        assertFalse(Files.exists(out), "a killed build swapped in a site");
    }

    private static void assertSameTree(Path expected, Path actual) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(expected)) {
            files = walk.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(actual)) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(actual::relativize).sorted().toList());
        }
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file.toString());
        }
    }
}
