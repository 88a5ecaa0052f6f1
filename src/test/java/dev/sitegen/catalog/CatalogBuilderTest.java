package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogBuilderTest {
    private static final String AREA_LINE = "基础/前沿模型 (含LLM)";

    static String fixture(String name) throws IOException {
        try (InputStream in = CatalogBuilderTest.class.getResourceAsStream("/digest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static CatalogResult build(String name, String text) {
        DigestReading reading = new DigestReader().read(name, text.getBytes(StandardCharsets.UTF_8));
        return new CatalogBuilder().build(reading, SiteConfig.defaults(), TagAliases.none(), TitlePins.none());
    }

    /** The sample's entries, each starting at its area line, without the section header. */
    static List<String> entries(String digest) {
        List<String> entries = new ArrayList<>();
        int at = digest.indexOf(AREA_LINE);
        while (at >= 0) {
            int next = digest.indexOf("\n" + AREA_LINE, at + 1);
            entries.add(next < 0 ? digest.substring(at) : digest.substring(at, next + 1));
            at = next < 0 ? -1 : next + 1;
        }
        return entries;
    }

    private static Map<String, String> idByAbstractStart(Catalog catalog) {
        Map<String, String> ids = new HashMap<>();
        catalog.papers().forEach(p -> ids.put(p.abstractParagraphs().get(0).substring(0, 60), p.id()));
        return ids;
    }

    @Test
    void keepsIdsWhenOtherPapersAreReorderedOrRemoved() throws IOException {
        List<String> entries = entries(fixture("real-sample-20.txt"));
        assertEquals(20, entries.size());
        Map<String, String> original =
                idByAbstractStart(build("a.txt", String.join("", entries)).catalog());
        List<String> changed = new ArrayList<>(entries);
        Collections.reverse(changed);
        changed.remove(3);
        changed.remove(10);
        Map<String, String> after =
                idByAbstractStart(build("b.txt", String.join("", changed)).catalog());
        assertEquals(18, after.size());
        after.forEach((start, id) -> assertEquals(original.get(start), id, start));
        assertTrue(original.values().stream().allMatch(id -> id.matches("[0-9a-f]{10}")));
    }

    @Test
    void publishesDuplicatePaperOnceAndReportsIt() throws IOException {
        List<String> entries = entries(fixture("real-sample-20.txt"));
        CatalogResult result = build("dup.txt", entries.get(0) + entries.get(1) + entries.get(0));
        assertEquals(2, result.catalog().papers().size());
        assertEquals(3, result.report().papersIn());
        assertEquals(1, result.report().duplicates().size());
        assertEquals(
                result.report().papersIn(),
                result.report().published() + result.report().skipped().size());
        assertEquals(
                1,
                result.diagnostics().stream()
                        .filter(d -> d.message().contains("repeats the paper"))
                        .count());
    }

    @Test
    void takesTopicSlugsFromConfigElseAsciiFallback() {
        String text = "基础模型\n对齐\n#a\n🎯 研究动机动机。\n查看完整摘要 (Abstract)\nAbstract one.\n"
                + "基础模型\nLLM 预训练\n#b\n🎯 研究动机动机。\n查看完整摘要 (Abstract)\nAbstract two.\n";
        SiteConfig config = new SiteConfig(
                "t", "d", Optional.empty(), "zh-CN", Optional.empty(), Map.of("对齐", "alignment"), Optional.empty());
        Catalog catalog = new CatalogBuilder()
                .build(
                        new DigestReader().read("s.txt", text.getBytes(StandardCharsets.UTF_8)),
                        config,
                        TagAliases.none(),
                        TitlePins.none())
                .catalog();
        assertEquals("alignment", catalog.topics().get(0).slug());
        assertTrue(
                catalog.topics().get(1).slug().matches("llm-[0-9a-f]{6}"),
                catalog.topics().get(1).slug());
    }

    @Test
    void derivesPlainUniqueBoundedTitlesWithMethodNames() throws IOException {
        CatalogResult result = build("sample.txt", fixture("real-sample-20.txt"));
        List<Paper> papers = result.catalog().papers();
        assertEquals(20, papers.size());
        assertEquals(20, papers.stream().map(Paper::title).distinct().count());
        for (Paper p : papers) {
            assertFalse(p.title().isBlank());
            assertTrue(p.title().length() <= Titles.MAX, p.title());
            assertFalse(p.title().matches(".*[$\\\\*`].*"), p.title());
            p.method()
                    .ifPresent(m -> assertTrue(
                            p.title().startsWith(m + ": ") || p.title().equals(m), p.title()));
        }
        Paper guard = papers.get(0);
        assertEquals(Optional.of("GuardSpace"), guard.method());
        assertTrue(guard.title().startsWith("GuardSpace: "), guard.title());
    }

    @Test
    void numbersRepeatedTitles() {
        Titles titles = new Titles();
        var entry = new dev.sitegen.digest.DigestEntry(
                new dev.sitegen.model.SourceLocation("f", 1),
                "a",
                "t",
                List.of(),
                Optional.of("We propose a fast sorter for lists."),
                List.of(),
                List.of("x"));
        assertEquals("Fast Sorter for Lists", titles.unique(titles.base(entry, "x", Optional.empty())));
        assertEquals("Fast Sorter for Lists (2)", titles.unique(titles.base(entry, "x", Optional.empty())));
    }

    @Test
    void numbersRepeatedTitlesInDigestOrderThoughPapersAreTitledInParallel() throws IOException {
        List<String> sample = entries(fixture("real-sample-20.txt"));
        StringBuilder digest = new StringBuilder();
        int copies = 60;
        for (int copy = 0; copy < copies; copy++) {
            for (String entry : sample) {
                // A distinct last sentence makes a distinct paper (id) with the same title.
                digest.append(entry.stripTrailing())
                        .append(" Variant ")
                        .append(copy)
                        .append(".\n\n");
            }
        }
        List<Paper> papers = build("copies.txt", digest.toString()).catalog().papers();
        assertEquals(copies * sample.size(), papers.size());
        for (int i = 0; i < sample.size(); i++) {
            String first = papers.get(i).title();
            for (int copy = 1; copy < copies; copy++) {
                String title = papers.get(copy * sample.size() + i).title();
                assertTrue(
                        title.endsWith(" (" + (copy + 1) + ")"),
                        title + " should be copy " + (copy + 1) + " of " + first);
            }
        }
    }

    @Test
    void cleansLatexMethodNames() {
        assertEquals("∇-Reasoner", MethodNames.clean("$\\nabla$-Reasoner,"));
    }

    @Test
    void namesMethodFromAppositiveAndAcronym() {
        String text = "基础模型\n对齐\n#a\n🎯 研究动机动机。\n❓ 解决问题如何保持安全。\n查看完整摘要 (Abstract)\n"
                + "Safety degrades. We propose GuardSpace, a guardrail framework for preserving safety alignment during fine-tuning.\n"
                + "基础模型\n对齐\n#a\n🎯 研究动机动机。\n❓ 解决问题如何对齐。\n查看完整摘要 (Abstract)\n"
                + "We propose Anchored Supervised Fine-Tuning (ASFT), which adds a KL anchor.\n";
        List<Paper> papers = build("m.txt", text).catalog().papers();
        assertEquals(
                "GuardSpace: Preserving Safety Alignment During Fine-Tuning",
                papers.get(0).title());
        assertEquals(Optional.of("ASFT"), papers.get(1).method());
    }
}
