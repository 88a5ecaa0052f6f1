package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A content directory holding one fixture digest as {@code digest.txt}. */
    private Path content(String fixture) throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("src/test/resources/digest", fixture), content.resolve("digest.txt"));
        return content;
    }

    @Test
    void printsUsageAndExits2WithoutACommand() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: site-gen build"));
    }

    @Test
    void exits2OnUnknownOptionOrMissingValue() {
        assertEquals(2, run("build", "--fast"));
        assertEquals(2, run("build", "--out"));
        assertEquals(2, run("build", "--base-url", "example.com"));
        assertEquals(2, run("publish"));
    }

    @Test
    void helpExits0() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--keep-going"));
    }

    @Test
    void buildsAndPrintsWarningsThenOneSummaryLine() throws IOException {
        Path site = tmp.resolve("site-out");
        int code = run("build", "--content", content("count-mismatch.txt").toString(), "--out=" + site);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).matches("(?s).*digest\\.txt:\\d+: warning: .*"),
                err.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(summary.matches("built \\d+ papers, \\d+ topics, \\d+ tags, \\d+ pages in \\d+ ms \\([1-9]\\d* warnings\\)"),
                summary);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.readString(site.resolve("build-report.json")).matches("(?s).*\"where\" : \"[^\"]*digest\\.txt:\\d+\".*"));
    }

    @Test
    void inputErrorsExit1AndWriteNothing() throws IOException {
        Path site = tmp.resolve("site-out");
        assertEquals(1, run("build", "--content", content("malformed-entries.txt").toString(), "--out", site.toString()));
        assertFalse(Files.exists(site));
        assertTrue(err.toString(StandardCharsets.UTF_8).matches("(?s).*digest\\.txt:\\d+: error: .*"));
    }

    @Test
    void keepGoingPublishesTheRestNamesTheSkippedEntryAndExits0() throws IOException {
        Path site = tmp.resolve("site-out");
        assertEquals(0, run("build", "--keep-going", "--content", content("malformed-entries.txt").toString(),
                "--out", site.toString()));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(err.toString(StandardCharsets.UTF_8).matches("(?s).*digest\\.txt:\\d+: error: .*"));
    }

    @Test
    void missingContentDirectoryExits1() {
        assertEquals(1, run("build", "--content", tmp.resolve("nope").toString()));
    }

    @Test
    void buildsTheRealReaderFromAContentDirectory() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("digest.txt"), Files.readString(Path.of("src/test/resources/digest/real-sample-20.txt")));
        Path site = tmp.resolve("site");
        assertEquals(0, Main.run(new String[] {"build", "--content", content.toString(), "--out", site.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("built "), out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }
}
