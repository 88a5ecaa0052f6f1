package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path tmp;

    /** Every site the writer replaces carries a feed, as real builds do. */
    private static List<RenderedFile> site(RenderedFile... files) {
        List<RenderedFile> all = new java.util.ArrayList<>(List.of(files));
        all.add(file(SiteLayout.FEED, "<feed/>"));
        return all;
    }

    private static RenderedFile file(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheWholeOutputDirectory() throws IOException {
        Path out = tmp.resolve("site-out");
        new SiteWriter().write(out, site(file("index.html", "old"), file("stale/index.html", "gone")));
        new SiteWriter().write(out, site(file("index.html", "new"), file("a/b/c.txt", "deep")));
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("deep", Files.readString(out.resolve("a/b/c.txt")));
        assertFalse(Files.exists(out.resolve("stale")), "files of the previous build are gone");
        assertEquals(List.of("site-out"), siblings());
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() throws IOException {
        Path out = tmp.resolve("site-out");
        new SiteWriter().write(out, site(file("index.html", "old")));
        List<RenderedFile> broken = List.of(file("index.html", "new"), file("papers/x/index.html", "x"),
                file("../escape.html", "bad"));
        assertThrows(IllegalArgumentException.class, () -> new SiteWriter().write(out, broken));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("papers")));
        assertEquals(List.of("site-out"), siblings(), "the staging directory is removed");
        assertFalse(Files.exists(tmp.resolve("escape.html")));
    }

    @Test
    void removesStagingLeftByAKilledBuild() throws IOException {
        Path out = tmp.resolve("site-out");
        Files.createDirectories(tmp.resolve(".site-out.staging-999999999/papers"));
        new SiteWriter().write(out, List.of(file("index.html", "new")));
        assertEquals(List.of("site-out"), siblings());
    }

    @Test
    void refusesToReplaceADirectoryItDidNotWrite() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("digest.txt"), "precious");
        assertThrows(IOException.class, () -> new SiteWriter().write(content, List.of(file("index.html", "x"))));
        assertEquals("precious", Files.readString(content.resolve("digest.txt")));
    }

    @Test
    void refusesTwoFilesForOnePath() {
        Path out = tmp.resolve("site-out");
        List<RenderedFile> twice = List.of(file("index.html", "a"), file("./index.html", "b"));
        assertThrows(IllegalArgumentException.class, () -> new SiteWriter().write(out, twice));
        assertFalse(Files.exists(out));
    }

    @Test
    void writesIntoADirectoryThatDoesNotExistYet() throws IOException {
        Path out = tmp.resolve("new/parent/site-out");
        new SiteWriter().write(out, List.of(file("robots.txt", "User-agent: *\n")));
        assertTrue(Files.isRegularFile(out.resolve("robots.txt")));
    }

    @Test
    void stagedBatchesStayInvisibleUntilCommitted() throws IOException {
        Path out = tmp.resolve("site-out");
        new SiteWriter().write(out, site(file("index.html", "old"), file("stale.html", "gone")));
        try (SiteStaging staging = new SiteWriter().stage(out)) {
            staging.write(List.of(file("index.html", "new")));
            staging.write(site(file("papers/p1/index.html", "p1")));
            assertEquals("old", Files.readString(out.resolve("index.html")));
            assertFalse(Files.exists(out.resolve("papers")));
            staging.commit();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("p1", Files.readString(out.resolve("papers/p1/index.html")));
        assertFalse(Files.exists(out.resolve("stale.html")), "files of the previous build are gone");
        assertEquals(List.of("site-out"), siblings());
    }

    @Test
    void stagingClosedWithoutCommitLeavesThePreviousSite() throws IOException {
        Path out = tmp.resolve("site-out");
        new SiteWriter().write(out, site(file("index.html", "old")));
        try (SiteStaging staging = new SiteWriter().stage(out)) {
            staging.write(List.of(file("index.html", "half-built")));
        }
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site-out"), siblings(), "the staging directory is removed");
    }

    @Test
    void refusesAPathWrittenByAnEarlierBatch() throws IOException {
        Path out = tmp.resolve("site-out");
        try (SiteStaging staging = new SiteWriter().stage(out)) {
            staging.write(List.of(file("index.html", "a")));
            assertThrows(IllegalArgumentException.class, () -> staging.write(List.of(file("index.html", "b"))));
        }
        assertFalse(Files.exists(out));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
