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
        List<RenderedFile> broken =
                List.of(file("index.html", "new"), file("papers/x/index.html", "x"), file("../escape.html", "bad"));
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

    /** Issue 13, case 1: a folder that merely holds a build report or a feed is not a site to replace. */
    @Test
    void refusesAFolderWithABuildReportButNoManifest() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(out.resolve("thesis.tex"), "x");
        Files.writeString(out.resolve("build-report.json"), "{}");
        Files.writeString(out.resolve(SiteLayout.FEED), "<feed/>");
        IOException e =
                assertThrows(IOException.class, () -> new SiteWriter().write(out, site(file("index.html", "x"))));
        assertTrue(e.getMessage().contains(SiteManifest.FILE_NAME), e.getMessage());
        assertEquals("x", Files.readString(out.resolve("thesis.tex")));
    }

    /** Issue 13, case 1: a file added to a built site is named and kept, never deleted. */
    @Test
    void refusesToDeleteAFileTheLastBuildDidNotWrite() throws IOException {
        Path out = tmp.resolve("site-out");
        new SiteWriter().write(out, site(file("index.html", "old")));
        assertTrue(Files.readString(out.resolve(SiteManifest.FILE_NAME)).startsWith("site-gen manifest"));
        Files.writeString(out.resolve("CNAME"), "example.org");
        Files.createDirectories(out.resolve("downloads"));
        Files.writeString(out.resolve("downloads/talk.pdf"), "pdf");
        IOException e =
                assertThrows(IOException.class, () -> new SiteWriter().write(out, site(file("index.html", "new"))));
        assertTrue(
                e.getMessage().contains("2 file(s) the last build did not write: CNAME, downloads/talk.pdf"),
                e.getMessage());
        assertEquals("example.org", Files.readString(out.resolve("CNAME")));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        Files.delete(out.resolve("CNAME"));
        Files.delete(out.resolve("downloads/talk.pdf"));
        new SiteWriter().write(out, site(file("index.html", "new")));
        assertEquals("new", Files.readString(out.resolve("index.html")));
    }

    /** Simulates a kill: nothing after it runs, not even the swap's own recovery. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Issue 13, case 3: a build killed between the two renames leaves the old site renamed away; it comes back. */
    @Test
    void restoresThePreviousSiteOfABuildKilledInTheSwap() throws IOException {
        Path out = tmp.resolve("site-out");
        new SiteWriter().write(out, site(file("index.html", "old")));
        SiteWriter killedInSwap = new SiteWriter(() -> {
            throw new Killed();
        });
        assertThrows(Killed.class, () -> killedInSwap.write(out, site(file("index.html", "new"))));
        assertFalse(Files.exists(out), "the kill struck between the renames");
        assertEquals(1, siblings().size(), "only the old site is left: " + siblings());
        // The next build fails before its swap: the previous site must be there again, not deleted.
        assertThrows(
                IllegalArgumentException.class,
                () -> new SiteWriter().write(out, List.of(file("../escape.html", "bad"))));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site-out"), siblings());
    }

    /** Issue 13, case 3: an orphaned old site left by another (dead) process is restored as well. */
    @Test
    void restoresAnOrphanedOldSiteOfAnotherProcess() throws IOException {
        Path orphan = Files.createDirectories(tmp.resolve(".site-out.old-999999999"));
        Files.writeString(orphan.resolve("index.html"), "only copy");
        Files.write(orphan.resolve(SiteManifest.FILE_NAME), SiteManifest.of(List.of("index.html")));
        try (SiteStaging staging = new SiteWriter().stage(tmp.resolve("site-out"))) {
            staging.write(List.of(file("index.html", "half-built")));
        }
        assertEquals("only copy", Files.readString(tmp.resolve("site-out/index.html")));
    }

    /** Issue 13, case 6: a second build into the same output while one is writing fails with a clear message. */
    @Test
    void aSecondBuildIntoTheSameOutputFailsWhileTheFirstHoldsTheLock() throws IOException {
        Path out = tmp.resolve("site-out");
        try (SiteStaging first = new SiteWriter().stage(out)) {
            first.write(site(file("index.html", "first")));
            IOException e = assertThrows(
                    IOException.class, () -> new SiteWriter().write(out, site(file("index.html", "second"))));
            assertTrue(e.getMessage().contains("another site-gen build is writing"), e.getMessage());
            first.commit();
        }
        assertEquals("first", Files.readString(out.resolve("index.html")));
        new SiteWriter().write(out, site(file("index.html", "third")));
        assertEquals("third", Files.readString(out.resolve("index.html")));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".lock"))
                    .sorted()
                    .toList();
        }
    }
}
