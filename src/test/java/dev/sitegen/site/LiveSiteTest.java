package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSiteTest {
    @TempDir
    Path work;

    private Path content;
    private Path digest;

    @BeforeEach
    void copySample() throws IOException {
        content = Files.createDirectories(work.resolve("content"));
        digest = content.resolve("sample.txt");
        try (InputStream in = LiveSiteTest.class.getResourceAsStream("/digest/real-sample-20.txt")) {
            Files.write(digest, in.readAllBytes());
        }
    }

    @Test
    void writesOnlyWhatAnEditChangedAndMatchesAFullBuild() throws IOException {
        LiveSite site = new LiveSite(content, Optional.empty(), work.resolve("live"), StageListener.NONE);
        assertTrue(site.rebuild().succeeded());
        Map<String, FileTime> before = times(work.resolve("live"));

        String text = Files.readString(digest);
        Files.writeString(digest, text.replaceFirst("⭐ 主要贡献", "⭐ 主要贡献(修订)"));
        LiveSite.Rebuild rebuild = site.rebuild();

        assertTrue(rebuild.succeeded(), rebuild.problem().orElse(""));
        assertTrue(Files.readString(work.resolve("live").resolve(editedPage())).contains("修订"));
        Map<String, FileTime> after = times(work.resolve("live"));
        long touched = after.keySet().stream()
                .filter(p -> !after.get(p).equals(before.get(p)))
                .count();
        assertTrue(touched <= rebuild.written(), touched + " files touched, " + rebuild.written() + " written");
        assertTrue(touched < after.size() / 4, touched + " of " + after.size() + " files touched");
        // The output must be exactly what a fresh build of the edited digest writes.
        Path fresh = work.resolve("fresh");
        assertEquals(
                0,
                Main.run(
                        new String[] {"build", "--content", content.toString(), "--out", fresh.toString(), "--quiet"},
                        System.out,
                        System.err));
        assertSameFiles(fresh, work.resolve("live"));
    }

    /**
     * Edits of every kind a maintainer makes, one after the other on one live site: after each, the site must be
     * exactly what a fresh build of the same content writes, folders included (a removed paper or tag leaves no
     * empty folder). The kinds: a field (nothing file-wide changes), a tag (tag pages, counts, links), a tag's
     * spelling in one paper (the name shown on another, unchanged paper's page), a TL;DR, a new hyphenated word
     * (the file's compounds change), a method name that other papers start to use (the digest-wide name
     * frequencies change, and with them a title), a paper's abstract (its id and title change), a deleted paper,
     * a section count, and finally the original text again.
     */
    @Test
    void everyKindOfEditMatchesAFullBuild() throws IOException {
        String original = Files.readString(digest);
        LiveSite site = new LiveSite(content, Optional.empty(), work.resolve("live"), StageListener.NONE);
        assertTrue(site.rebuild().succeeded());
        List<UnaryOperator<String>> edits = List.of(
                t -> t.replaceFirst("⭐ 主要贡献", "⭐ 主要贡献(修订)"),
                t -> t.replaceFirst("#safety preservation", "#guard rails"),
                t -> t.replaceFirst("#Federated Learning", "#federated learning"),
                // One of two papers respells a tag: the other paper's page shows the new name, its entry unchanged.
                t -> t.replaceFirst("#Human Feedback", "#human feedback"),
                t -> t.replaceFirst("(?m)^TL;DR:", "TL;DR: Briefly, "),
                t -> t.replaceFirst("🎯 研究动机", "🎯 研究动机 A never-seen-before hyper-specialised word;"),
                t -> t.replaceFirst("TL;DR:We show", "TL;DR:We show FedTDP and")
                        .replaceFirst("TL;DR:We propose Proportional", "TL;DR:We propose FedTDP, Proportional")
                        .replaceFirst("TL;DR:We propose an active", "TL;DR:We propose FedTDP, an active"),
                t -> t.replaceFirst("Large language models \\(LLMs\\) have achieved", "Big models have achieved"),
                t -> t.replaceFirst("(?s)基础/前沿模型 \\(含LLM\\)\n指令微调与对齐\n#Trajectory.*?(?=基础/前沿模型)", ""),
                t -> t.replaceFirst("指令微调与对齐20 篇", "指令微调与对齐19 篇"),
                t -> original);
        String text = original;
        boolean deletedAFolder = false;
        for (int i = 0; i < edits.size(); i++) {
            String edited = edits.get(i).apply(text);
            assertTrue(i == edits.size() - 1 || !edited.equals(text), "edit " + i + " changed nothing");
            text = edited;
            Files.writeString(digest, text);
            LiveSite.Rebuild rebuild = site.rebuild();
            assertTrue(
                    rebuild.succeeded(), "edit " + i + ": " + rebuild.problem().orElse(""));
            deletedAFolder |= rebuild.deleted() > 0;
            Path fresh = work.resolve("fresh-" + i);
            assertEquals(
                    0,
                    Main.run(
                            new String[] {"build", "--content", content.toString(), "--out", fresh.toString(), "--quiet"
                            },
                            System.out,
                            System.err));
            assertSameFiles(fresh, work.resolve("live"));
            assertEquals(folders(fresh), folders(work.resolve("live")), "edit " + i + ": folders");
        }
        assertTrue(deletedAFolder, "some edit removed a page, so the folder check checked something");
    }

    @Test
    void anUnchangedRebuildWritesNothing() throws IOException {
        LiveSite site = new LiveSite(content, Optional.empty(), work.resolve("live"), StageListener.NONE);
        assertTrue(site.rebuild().succeeded());
        Map<String, FileTime> before = times(work.resolve("live"));
        LiveSite.Rebuild again = site.rebuild();
        assertEquals(0, again.written());
        assertEquals(0, again.deleted());
        assertEquals(before, times(work.resolve("live")));
    }

    @Test
    void rewritesEveryPageAfterATemplateEdit() throws IOException {
        Path theme = Files.createDirectories(work.resolve("theme"));
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = theme.resolve(Path.of("templates").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        LiveSite site = new LiveSite(content, Optional.of(theme), work.resolve("live"), StageListener.NONE);
        assertTrue(site.rebuild().succeeded());
        long pages = times(work.resolve("live")).keySet().stream()
                .filter(p -> p.endsWith(".html"))
                .count();
        Path layout = theme.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<p>edited</p></footer>"));
        LiveSite.Rebuild rebuild = site.rebuild();
        assertTrue(rebuild.succeeded(), rebuild.problem().orElse(""));
        assertTrue(rebuild.written() >= pages, rebuild.written() + " files written for " + pages + " pages");
    }

    /** The page of the first paper in the sample, whose contribution field the test edits. */
    private String editedPage() throws IOException {
        try (Stream<Path> pages = Files.walk(work.resolve("live").resolve("papers"))) {
            for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html"))
                    .toList()) {
                if (Files.readString(page).contains("修订")) {
                    return work.resolve("live").relativize(page).toString();
                }
            }
        }
        return "papers/none/index.html";
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private static List<String> folders(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> root.relativize(d).toString())
                    .sorted()
                    .toList();
        }
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        assertEquals(times(expected).keySet(), times(actual).keySet());
        for (String path : times(expected).keySet()) {
            assertArrayEquals(
                    Files.readAllBytes(expected.resolve(path)), Files.readAllBytes(actual.resolve(path)), path);
        }
    }
}
