package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.site.Catalogs;
import dev.sitegen.site.SiteInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CatalogSource source, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), source);
    }

    private static CatalogSource fixture(List<Diagnostic> diagnostics) {
        return (dir, config) -> new SiteInput(Catalogs.small(), diagnostics, Optional.empty());
    }

    private Path content() throws IOException {
        return Files.createDirectories(tmp.resolve("content"));
    }

    @Test
    void printsUsageAndExits2WithoutACommand() {
        assertEquals(2, run(fixture(List.of())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: site-gen build"));
    }

    @Test
    void exits2OnUnknownOptionOrMissingValue() {
        assertEquals(2, run(fixture(List.of()), "build", "--fast"));
        assertEquals(2, run(fixture(List.of()), "build", "--out"));
        assertEquals(2, run(fixture(List.of()), "build", "--base-url", "example.com"));
        assertEquals(2, run(fixture(List.of()), "publish"));
    }

    @Test
    void helpExits0() {
        assertEquals(0, run(fixture(List.of()), "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--keep-going"));
    }

    @Test
    void buildsAndPrintsWarningsThenOneSummaryLine() throws IOException {
        Diagnostic warning = Diagnostic.warning(new SourceLocation("digest.txt", 12), "tag list is empty");
        Path site = tmp.resolve("site-out");
        int code = run(fixture(List.of(warning)), "build", "--content", content().toString(), "--out=" + site);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("digest.txt:12: warning: tag list is empty"));
        String summary = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(summary.matches("built 4 papers, 2 topics, 4 tags, 17 pages in \\d+ ms \\(1 warnings\\)"), summary);
        assertTrue(Files.isRegularFile(site.resolve("papers/p1/index.html")));
        assertTrue(Files.readString(site.resolve("build-report.json")).contains("\"where\" : \"digest.txt:12\""));
    }

    @Test
    void inputErrorsExit1AndWriteNothing() throws IOException {
        Diagnostic error = Diagnostic.error(new SourceLocation("digest.txt", 3), "entry has no abstract");
        Path site = tmp.resolve("site-out");
        assertEquals(1, run(fixture(List.of(error)), "build", "--content", content().toString(), "--out", site.toString()));
        assertFalse(Files.exists(site));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("digest.txt:3: error: entry has no abstract"));
    }

    @Test
    void keepGoingPublishesTheRestNamesTheSkippedEntryAndExits0() throws IOException {
        Diagnostic error = Diagnostic.error(new SourceLocation("digest.txt", 3), "entry has no abstract");
        Path site = tmp.resolve("site-out");
        assertEquals(0, run(fixture(List.of(error)), "build", "--keep-going", "--content", content().toString(),
                "--out", site.toString()));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("digest.txt:3: error: entry has no abstract"));
    }

    @Test
    void missingContentDirectoryExits1() {
        assertEquals(1, run(fixture(List.of()), "build", "--content", tmp.resolve("nope").toString()));
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
