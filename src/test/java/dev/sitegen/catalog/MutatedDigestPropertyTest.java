package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import dev.sitegen.digest.SkippedEntry;
import java.io.IOException;
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

    /** One edit to the line list: kind 0 drop, 1 duplicate, 2 swap with next, 3 truncate, 4 inject junk. */
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
                case 3 -> lines.set(i, lines.get(i).substring(0, Math.min(cut, lines.get(i).length())));
                default -> lines.add(i, junk);
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("#", "查看完整摘要 (Abstract)", "基础/前沿模型 (含LLM)", "指令微调与对齐", "🎯 研究动机", "指令微调与对齐99 篇", "$", "abla$"));
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 120), junk).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 200)
    void neverThrowsAndAccountsForEveryEntry(@ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(LINES);
        mutations.forEach(m -> m.apply(lines));
        DigestReading reading = new DigestReader().read("mutated.txt", String.join("\n", lines));
        CatalogResult result = new CatalogBuilder().build(reading, SiteConfig.defaults(), TagAliases.none());
        ReadReport report = result.report();
        assertEquals(report.papersIn(), report.published() + report.skipped().size());
        assertEquals(report.published(), result.catalog().papers().size());
        for (SkippedEntry skipped : reading.skipped()) {
            assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.location().equals(skipped.source())));
        }
        long areaLines = lines.stream().filter(l -> l.strip().equals("基础/前沿模型 (含LLM)")).count();
        assertTrue(report.papersIn() >= areaLines, "every area line starts an entry");
    }
}
