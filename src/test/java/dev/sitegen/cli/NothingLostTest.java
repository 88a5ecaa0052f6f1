package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** Issue 13: the build command with the real reader never loses a paper or a file without saying so. */
class NothingLostTest {
    private static final Path SAMPLE = Path.of("src/test/resources/digest/real-sample-20.txt");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path content(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(SAMPLE, dir.resolve("digest.txt"));
        return dir;
    }

    /** Case 4: a digest that became empty must not replace the site with a 0-paper one. */
    @Test
    void zeroPapersIsAnErrorAndKeepsThePreviousSiteUnlessAllowed() throws IOException {
        Path content = content("content");
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()), err());
        byte[] home = Files.readAllBytes(site.resolve("index.html"));
        Files.writeString(content.resolve("digest.txt"), "");
        assertEquals(1, run("build", "--content", content.toString(), "--out", site.toString()));
        assertTrue(err().contains("no paper was read"), err());
        assertTrue(err().contains("--allow-empty"), err());
        assertArrayEquals(home, Files.readAllBytes(site.resolve("index.html")), "the previous site stays");
        assertEquals(
                0, run("build", "--allow-empty", "--content", content.toString(), "--out", site.toString()), err());
    }

    /** Case 4: an empty content folder is an error too. */
    @Test
    void anEmptyContentFolderIsAnError() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(
                1,
                run(
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        tmp.resolve("site").toString()));
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    /** Case 4: a digest that is a dangling link is named as an error, not skipped silently. */
    @Test
    void aDanglingLinkedDigestIsADiagnostic() throws IOException {
        Path content = content("content");
        Files.createSymbolicLink(content.resolve("more.txt"), tmp.resolve("gone.txt"));
        assertEquals(1, run("check", "--content", content.toString()));
        assertTrue(err().contains("more.txt:0: error: the file is a link to"), err());
    }

    /** Case 8: the published files do not depend on how --content was spelt or where the build ran. */
    @Test
    void publishedFilesDoNotCarryTheBuildMachinesPaths() throws IOException {
        Path a = content("a");
        Path b = content("deeper/b");
        Path siteA = tmp.resolve("site-a");
        Path siteB = tmp.resolve("site-b");
        assertEquals(0, run("build", "--content", a.toAbsolutePath().toString(), "--out", siteA.toString()), err());
        assertEquals(0, run("build", "--content", b.toString(), "--out", siteB.toString()), err());
        for (String file : new String[] {"papers.json", "papers.csv"}) {
            assertArrayEquals(Files.readAllBytes(siteA.resolve(file)), Files.readAllBytes(siteB.resolve(file)), file);
        }
        assertArrayEquals(
                Files.readAllBytes(tmp.resolve("site-a-report.json")),
                Files.readAllBytes(tmp.resolve("site-b-report.json")),
                "the build reports");
        String json = Files.readString(siteA.resolve("papers.json"));
        assertTrue(json.contains("\"source\":{\"file\":\"digest.txt\",\"line\":"), json.substring(0, 300));
        assertFalse(json.contains(tmp.toString()));
    }

    /** Case 11: every build says how many papers came in, were published and were skipped. */
    @Test
    void everyBuildPrintsPapersInPublishedAndSkipped() throws IOException {
        Path content = content("content");
        assertEquals(
                0,
                run(
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        tmp.resolve("site").toString()),
                err());
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("papers in: 20, published: 20, skipped: 0"),
                out.toString(StandardCharsets.UTF_8));
    }

    /** Case 2: CNAME and .nojekyll live in content/static/ and are in every build, not deleted by the next one. */
    @Test
    void staticFilesArePassedThroughOnEveryBuild() throws IOException {
        Path content = content("content");
        Path stat = Files.createDirectories(content.resolve("static/downloads"));
        Files.writeString(content.resolve("static/CNAME"), "papers.example.org\n");
        Files.writeString(content.resolve("static/.nojekyll"), "");
        Files.writeString(stat.resolve("slides.pdf"), "%PDF");
        Path site = tmp.resolve("site");
        for (int build = 0; build < 2; build++) {
            assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()), err());
            assertEquals("papers.example.org\n", Files.readString(site.resolve("CNAME")));
            assertTrue(Files.exists(site.resolve(".nojekyll")));
            assertEquals("%PDF", Files.readString(site.resolve("downloads/slides.pdf")));
        }
    }

    /** Case 2: a static file with the path of a generated one is an error naming it; nothing is written. */
    @Test
    void aStaticFileThatClashesWithAGeneratedFileIsAnError() throws IOException {
        Path content = content("content");
        Files.createDirectories(content.resolve("static"));
        Files.writeString(content.resolve("static/index.html"), "mine");
        assertEquals(
                1,
                run(
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        tmp.resolve("site").toString()));
        assertTrue(err().contains("static/index.html has the path of a file the build writes"), err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    /** Case 1 end to end: a folder with a build-report.json and a user's file is refused, the file kept. */
    @Test
    void aFolderThatOnlyLooksLikeASiteIsNotReplaced() throws IOException {
        Path content = content("content");
        Path d = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(d.resolve("thesis.tex"), "x");
        Files.writeString(d.resolve("build-report.json"), "{}");
        assertEquals(1, run("build", "--content", content.toString(), "--out", d.toString()));
        assertEquals("x", Files.readString(d.resolve("thesis.tex")));
        assertTrue(err().contains("holds no .site-gen-manifest"), err());
        assertFalse(err().contains("java."), err());
    }
}
