package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real digest end to end: read → catalog, as the site build does it. */
class RealDigestTest {
    private static final Path CONTENT = Path.of("content");
    private static DigestReading reading;
    private static CatalogResult result;

    @BeforeAll
    static void build() throws Exception {
        reading = new DigestReader().read(CONTENT);
        result = new CatalogBuilder()
                .build(reading, new SiteConfigReader().read(CONTENT), TagAliases.load(CONTENT), TitlePins.none());
    }

    @Test
    void reads803PapersInSevenTopicsWithoutErrors() {
        assertEquals(803, result.catalog().papers().size());
        List<Integer> sizes =
                result.catalog().topics().stream().map(t -> t.papers().size()).toList();
        assertEquals(List.of(186, 169, 131, 100, 74, 74, 69), sizes);
        assertEquals(1, result.catalog().areas().size());
        assertEquals(0, result.report().errors());
    }

    @Test
    void warnsOnlyAtTheTwoAmbiguousTagLines() {
        // Every entry has all six fields, a tag line and an abstract; header counts match. Two tag lines are
        // ambiguous (issue 16): a '#' inside parentheses, and one sentence-long tag.
        assertEquals(
                List.of("iclr2026-llm.txt:861", "iclr2026-llm.txt:8134"),
                result.diagnostics().stream().map(d -> d.location().toString()).toList());
    }

    @Test
    void reportsJunkTagsAndMergesSpellingsByRule() {
        ReadReport r = result.report();
        List<String> junk = r.junkTags().stream().map(ReadReport.JunkTag::name).toList();
        assertTrue(
                junk.contains("Generation") && junk.contains("Log") && junk.contains("Machine Learning"),
                junk.toString());
        Map<String, Tag> byName = new HashMap<>();
        result.catalog().tags().forEach(t -> byName.put(t.name(), t));
        assertTrue(byName.get("Tokenization").spellings().contains("Tokenisation"));
        assertTrue(byName.get("Language Models").spellings().contains("(Large) Language Models"));
        assertTrue(byName.get("KV cache").spellings().contains("kv cache"));
        assertTrue(
                result.catalog().tags().stream()
                        .noneMatch(t -> t.name().equals(t.name().toLowerCase(Locale.ROOT))
                                && !t.name().equals(t.name().toUpperCase(Locale.ROOT))),
                "no tag is shown all lower case");
    }

    @Test
    void accountsForEveryPaper() {
        ReadReport r = result.report();
        assertEquals(803, r.papersIn());
        assertEquals(r.papersIn(), r.published() + r.skipped().size());
        assertTrue(r.duplicates().isEmpty());
    }

    @Test
    void restoresTheNablaReasonerEscape() {
        Paper p = result.catalog().papers().stream()
                .filter(x -> x.fields().stream().anyMatch(f -> f.text().contains("$\\nabla$-Reasoner")))
                .findFirst()
                .orElseThrow();
        assertFalse(p.fields().stream().anyMatch(f -> f.text().contains("\nabla")));
        assertEquals("∇-Reasoner", p.method().orElseThrow());
    }

    @Test
    void derivesUniquePlainTitlesMostlyWithMethodNames() {
        List<Paper> papers = result.catalog().papers();
        assertEquals(papers.size(), papers.stream().map(Paper::title).distinct().count());
        for (Paper p : papers) {
            assertFalse(p.title().isBlank(), p.id());
            assertTrue(p.title().length() <= Titles.MAX, p.title());
            assertFalse(p.title().matches(".*[$\\\\`]|.*\\*\\*.*"), p.title());
        }
        long withMethod = papers.stream().filter(p -> p.method().isPresent()).count();
        assertTrue(withMethod >= papers.size() * 0.7, "titles with a method name: " + withMethod);
    }

    @Test
    void foldsTagSpellingsIntoCanonicalTags() {
        ReadReport r = result.report();
        assertTrue(r.rawTags() > 1600, "raw " + r.rawTags());
        assertTrue(r.canonicalTags() < r.caseFoldedTags(), r.canonicalTags() + " vs " + r.caseFoldedTags());
        var llm = result.catalog().tags().get(0);
        assertEquals("large-language-models", llm.slug());
        assertTrue(llm.spellings()
                .containsAll(List.of("LLM", "LLMs", "Large Language Model", "Large language models (LLM)")));
        assertEquals(
                result.catalog().tags().size(), result.catalog().tagsBySlug().size(), "slugs are unique");
    }
}
