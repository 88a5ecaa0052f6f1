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
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A content directory holding one fixture digest as {@code digest.txt}. */
    private Path content(String fixture) throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("src/test/resources/digest", fixture), content.resolve("digest.txt"));
        return content;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutACommandPrintsOneLineAndAHintAndExits2() {
        assertEquals(2, run());
        assertEquals(
                "site-gen: no command given\nrun 'site-gen help' for the commands and their options\n",
                err().replace("\r\n", "\n"));
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        assertEquals(2, run("bild"));
        assertTrue(err().startsWith("site-gen: unknown command 'bild'; did you mean 'build'?"), err());
        assertEquals(2, err().lines().count(), "one line and a hint, not the whole usage: " + err());
    }

    @Test
    void aMistypedOptionSuggestsTheRightOneAndPointsToTheCommandsHelp() {
        assertEquals(2, run("build", "--verbos"));
        assertTrue(err().contains("unknown option --verbos for build; did you mean --verbose?"), err());
        assertTrue(err().contains("run 'site-gen build --help' for its options"), err());
    }

    @Test
    void versionHelpAndCommandHelpExit0() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("site-gen "), out());
        out.reset();
        assertEquals(0, run("help"));
        assertTrue(out().contains("build") && out().contains("serve") && out().contains("--keep-going"), out());
        out.reset();
        assertEquals(0, run("build", "--help"));
        assertTrue(out().startsWith("usage: site-gen build"), out());
        assertTrue(out().contains("--keep-going") && !out().contains("--port"), out());
        out.reset();
        assertEquals(0, run("help", "serve"));
        assertTrue(out().contains("--port"), out());
        assertEquals("", err());
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
        assertTrue(
                err.toString(StandardCharsets.UTF_8).matches("(?s).*digest\\.txt:\\d+: warning: .*"),
                err.toString(StandardCharsets.UTF_8));
        String summary =
                out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(
                summary.matches(
                        "built \\d+ papers, \\d+ topics, \\d+ tags, \\d+ pages in \\d+ ms \\([1-9]\\d* warnings\\)"),
                summary);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("build-report.json")), "the report is not published");
        assertTrue(Files.readString(tmp.resolve("site-out-report.json"))
                .matches("(?s).*\"where\" : \"[^\"]*digest\\.txt:\\d+\".*"));
        assertTrue(err().contains("warning: no base URL"), err());
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "no sitemap without absolute URLs");
    }

    @Test
    void inputErrorsExit1AndWriteNothing() throws IOException {
        Path site = tmp.resolve("site-out");
        assertEquals(
                1, run("build", "--content", content("malformed-entries.txt").toString(), "--out", site.toString()));
        assertFalse(Files.exists(site));
        assertTrue(err.toString(StandardCharsets.UTF_8).matches("(?s).*digest\\.txt:\\d+: error: .*"));
    }

    @Test
    void keepGoingPublishesTheRestNamesTheSkippedEntryAndExits0() throws IOException {
        Path site = tmp.resolve("site-out");
        assertEquals(
                0,
                run(
                        "build",
                        "--keep-going",
                        "--content",
                        content("malformed-entries.txt").toString(),
                        "--out",
                        site.toString()));
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
        Files.writeString(
                content.resolve("digest.txt"),
                Files.readString(Path.of("src/test/resources/digest/real-sample-20.txt")));
        Path site = tmp.resolve("site");
        assertEquals(
                0,
                Main.run(
                        new String[] {"build", "--content", content.toString(), "--out", site.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("built "), out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }
}
