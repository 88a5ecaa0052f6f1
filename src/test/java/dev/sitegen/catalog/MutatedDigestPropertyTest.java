package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import dev.sitegen.digest.SkippedEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Damaged copies of 20 real entries never make the reader or catalog throw, and every entry is accounted for. */
class MutatedDigestPropertyTest {
    private static final List<String> LINES = load();

    private static List<String> load() {
        try {
            return List.of(CatalogBuilderTest.fixture("real-sample-20.txt").split("\n", -1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String AREA = "基础/前沿模型 (含LLM)";

    /**
     * One edit to the line list: kind 0 drop, 1 duplicate, 2 swap with next, 3 truncate, 4 inject junk, 5 drop the
     * area and topic lines of the next entry.
     */
    record Mutation(int kind, int line, int cut, String junk) {
        void apply(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int i = line % lines.size();
            switch (kind) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    if (i + 1 < lines.size()) {
                        lines.set(i, lines.set(i + 1, lines.get(i)));
                    }
                }
                case 3 ->
                    lines.set(
                            i,
                            lines.get(i).substring(0, Math.min(cut, lines.get(i).length())));
                case 5 -> dropAreaAndTopic(lines, i);
                default -> lines.add(i, junk);
            }
        }
    }

    private static void dropAreaAndTopic(List<String> lines, int from) {
        for (int i = from; i + 1 < lines.size(); i++) {
            if (lines.get(i).strip().equals(AREA)) {
                lines.remove(i + 1);
                lines.remove(i);
                return;
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of(
                        "#", "查看完整摘要 (Abstract)", "基础/前沿模型 (含LLM)", "指令微调与对齐", "🎯 研究动机", "指令微调与对齐99 篇", "$", "abla$"));
        Arbitrary<Mutation> one = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 120),
                        junk)
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 200)
    void neverThrowsAndAccountsForEveryEntry(@ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(LINES);
        mutations.forEach(m -> m.apply(lines));
        DigestReading reading =
                new DigestReader().read("mutated.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        CatalogResult result =
                new CatalogBuilder().build(reading, SiteConfig.defaults(), TagAliases.none(), TitlePins.none());
        ReadReport report = result.report();
        assertEquals(report.papersIn(), report.published() + report.skipped().size());
        assertEquals(report.published(), result.catalog().papers().size());
        for (SkippedEntry skipped : reading.skipped()) {
            assertTrue(result.diagnostics().stream()
                    .anyMatch(d -> d.isError() && d.location().equals(skipped.source())));
        }
        long areaLines =
                lines.stream().filter(l -> l.strip().equals("基础/前沿模型 (含LLM)")).count();
        assertTrue(report.papersIn() >= areaLines, "every area line starts an entry");
    }

    @Provide
    Arbitrary<List<Mutation>> lostAreaAndTopicLines() {
        return Arbitraries.integers()
                .between(0, 10_000)
                .map(line -> new Mutation(5, line, 0, ""))
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }

    /** Issue 13, case 10: an entry that lost its area and topic lines is never glued into the paper before it. */
    @Property(tries = 100)
    void anEntryWithoutAreaAndTopicIsNeverGluedToThePaperBefore(
            @ForAll("lostAreaAndTopicLines") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(LINES);
        mutations.forEach(m -> m.apply(lines));
        DigestReading reading =
                new DigestReader().read("mutated.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        CatalogResult result =
                new CatalogBuilder().build(reading, SiteConfig.defaults(), TagAliases.none(), TitlePins.none());
        assertEquals(20, result.report().papersIn(), "every entry is still counted: published or skipped by name");
        assertEquals(20, result.report().published() + result.report().skipped().size());
        for (var paper : result.catalog().papers()) {
            for (String paragraph : paper.abstractParagraphs()) {
                assertTrue(
                        !paragraph.contains("(Abstract)")
                                && !paragraph.contains("🎯")
                                && !paragraph.contains("⭐")
                                && !paragraph.startsWith("#")
                                && !paragraph.contains("\n#"),
                        paragraph);
            }
        }
    }
}
