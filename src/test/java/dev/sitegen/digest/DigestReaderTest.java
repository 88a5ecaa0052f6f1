package dev.sitegen.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SummaryField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestReaderTest {

    private static boolean hasErrors(DigestReading r) {
        return r.diagnostics().stream().anyMatch(Diagnostic::isError);
    }

    @Test
    void learnsAreasTopicsAndLabelsOfAnotherDigest() {
        DigestReading r = Fixtures.read("other-shape.txt");
        assertEquals(3, r.entries().size());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        DigestEntry first = r.entries().get(0);
        assertEquals("Robotics & Vision", first.area());
        assertEquals("Vision Topics", first.topic());
        assertEquals(List.of("object detection", "Detectors"), first.tags());
        assertEquals(
                List.of(
                        new SummaryField("★", "Why it matters", "Small objects are often missed by detectors."),
                        new SummaryField("✔", "What we did", "We propose a new detection head.")),
                first.fields());
        assertEquals("Control Topics", r.entries().get(2).topic());
        // The section header "Control Topics 1 papers" is a header (its count is right), not abstract text.
        assertEquals(
                List.of("Segmentation needs masks; we introduce WeakSeg, a weakly supervised segmenter."),
                r.entries().get(1).abstractParagraphs());
    }

    @Test
    void keepsPaperWhenTldrMissing() {
        DigestReading r = Fixtures.read("other-shape.txt");
        assertTrue(r.entries().get(0).tldr().isPresent());
        assertEquals(
                "We propose BoxNet, a detector for tiny objects.",
                r.entries().get(0).tldr().get());
        assertTrue(r.entries().get(1).tldr().isEmpty());
        assertFalse(hasErrors(r));
    }

    @Test
    void joinsHyphenatedBreaksAndKeepsCompoundHyphens() {
        DigestEntry e = Fixtures.read("wrapped-abstract.txt").entries().get(0);
        String text = e.abstractText();
        assertTrue(text.contains("better generalization at higher"), text);
        assertTrue(text.contains("Anchored Supervised Fine-Tuning (ASFT)"), text);
        assertTrue(
                text.contains("wrapped at single-step width"), "a compound written whole elsewhere keeps its hyphen");
    }

    @Test
    void joinsHardWrappedLinesAndBreaksParagraphAfterShortSentenceLine() {
        DigestReading r = Fixtures.read("wrapped-abstract.txt");
        List<String> paragraphs = r.entries().get(0).abstractParagraphs();
        assertEquals(2, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs
                .get(0)
                .startsWith(
                        "Post-training of large language models involves a fundamental trade-off between supervised"));
        assertTrue(paragraphs.get(0).endsWith("It works well."));
        assertTrue(paragraphs.get(1).endsWith("into one paragraph of text."));
        assertEquals(1, r.entries().get(1).abstractParagraphs().size(), "one sentence per line is one paragraph");
        assertEquals(1, r.repairs().get(RepairKind.HYPHEN_JOINED));
        assertEquals(2, r.repairs().get(RepairKind.HYPHEN_KEPT));
        assertTrue(r.repairs().get(RepairKind.WRAP_JOINED) >= 8);
    }

    @Test
    void restoresLatexEscapesBrokenIntoLineBreaksAndControlCharacters() {
        DigestReading r = Fixtures.read("escape-damage.txt");
        assertEquals(2, r.entries().size(), r.diagnostics().toString());
        DigestEntry e = r.entries().get(0);
        assertEquals("提出 $\\nabla$-Reasoner,结合梯度优化。", e.fields().get(2).text());
        assertEquals(
                "We update $\\theta$ with step $\\beta$ and $\\frac{1}{2}$ and $\\varepsilon$ and $\\rho$ here.",
                e.abstractText());
        assertEquals(6, r.repairs().get(RepairKind.ESCAPE_RESTORED));
    }

    @Test
    void keepsRealTabsAndAppendsContinuationLinesToTheField() {
        DigestEntry e = Fixtures.read("escape-damage.txt").entries().get(1);
        assertEquals("保持\t真实的制表符。", e.fields().get(1).text());
        assertEquals("使用 a\tword 分隔并在下一行继续描述方法。", e.fields().get(2).text());
        assertEquals("Tabs\tbefore ordinary words stay as they are.", e.abstractText());
    }

    @Test
    void warnsWhenHeaderCountDiffersFromEntries() {
        DigestReading r = Fixtures.read("count-mismatch.txt");
        assertEquals(2, r.entries().size());
        assertEquals(1, r.diagnostics().size());
        Diagnostic d = r.diagnostics().get(0);
        assertFalse(d.isError());
        assertEquals("count-mismatch.txt:1", d.location().toString());
        assertTrue(d.message().contains("announces 3") && d.message().contains("2 entries"), d.message());
    }

    @Test
    void skipsTruncatedEntryAndEntryWithoutAbstractMarkerWithErrors() {
        DigestReading r = Fixtures.read("malformed-entries.txt");
        assertEquals(2, r.entries().size());
        assertEquals(2, r.skipped().size());
        assertEquals(4, r.entriesIn());
        assertEquals(
                List.of(10, 14),
                r.skipped().stream().map(s -> s.source().line()).toList());
        assertTrue(r.skipped().get(0).reason().contains("truncated"));
        assertTrue(r.skipped().get(1).reason().contains("no abstract marker"));
        assertEquals(2, r.diagnostics().stream().filter(Diagnostic::isError).count());
        assertTrue(
                r.diagnostics().stream().noneMatch(d -> d.message().contains("announces")),
                "skipped entries still count for the header");
    }

    @Test
    void warnsAboutMissingFieldsAndTagsButKeepsThePaper() {
        DigestReading r = Fixtures.read("missing-fields.txt");
        assertEquals(2, r.entries().size());
        assertFalse(hasErrors(r));
        List<String> messages =
                r.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(
                messages.stream().anyMatch(m -> m.startsWith("missing-fields.txt:") && m.contains("[解决问题, 主要方法]")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("no tags")), messages.toString());
    }

    @Test
    void readsEmptyFileAsNoPapers() {
        DigestReading r = Fixtures.read("empty.txt");
        assertEquals(0, r.entriesIn());
        assertFalse(hasErrors(r));
    }

    @Test
    void toleratesBomCrlfTrailingSpacesAndBlankLines() {
        DigestReading r = Fixtures.read("bom-crlf.txt");
        assertEquals(2, r.entries().size(), r.diagnostics().toString());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertEquals("First abstract with trailing spaces.", r.entries().get(0).abstractText());
        assertEquals(List.of("alignment"), r.entries().get(0).tags());
        assertEquals(1, r.repairs().get(RepairKind.BOM_REMOVED));
        assertEquals(3, r.repairs().get(RepairKind.TRAILING_SPACE_TRIMMED));
        assertTrue(r.repairs().get(RepairKind.CRLF_NORMALISED) >= 18);
    }

    @Test
    void warnsAboutBinaryJunkLine() {
        DigestReading r = Fixtures.read("binary-junk.txt");
        assertEquals(2, r.entries().size());
        assertFalse(hasErrors(r));
        assertTrue(
                r.diagnostics().stream().anyMatch(d -> d.message().contains("binary data")),
                r.diagnostics().toString());
        assertEquals("First abstract.", r.entries().get(0).abstractText());
    }

    @Test
    void reportsInvalidUtf8AsErrorNamingTheLine() {
        DigestReading r = Fixtures.read("invalid-utf8.txt");
        assertEquals(1, r.entries().size());
        assertEquals(1, r.skipped().size());
        Diagnostic error =
                r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("invalid-utf8.txt:10", error.location().toString());
        assertTrue(error.message().contains("line 17 is not valid UTF-8"), error.message());
    }

    @Test
    void takesAReplacementCharacterWrittenInTheFileForText() throws Exception {
        // U+FFFD written as valid UTF-8 is text; only bytes that are not UTF-8 make a line invalid.
        byte[] valid = Fixtures.bytes("invalid-utf8.txt");
        String fixed = new String(valid, StandardCharsets.UTF_8);
        DigestReading r = new DigestReader().read("fffd.txt", fixed.getBytes(StandardCharsets.UTF_8));
        assertTrue(fixed.indexOf('\uFFFD') >= 0, "the fixture's bad bytes became U+FFFD");
        assertFalse(hasErrors(r), r.diagnostics().toString());
        assertEquals(2, r.entries().size());
        assertTrue(r.entries().stream().anyMatch(e -> e.toString().indexOf('\uFFFD') >= 0));
    }

    @Test
    void readsOneMegabyteLine() {
        String big = "word ".repeat(200_000);
        String text = new String(Fixtures.bytes("count-mismatch.txt"), StandardCharsets.UTF_8)
                        .replace("One abstract here.", big)
                + big + "\n";
        DigestReading r = new DigestReader().read("big.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.entries().size());
        assertTrue(r.entries().get(0).abstractText().length() > 900_000);
    }

    @Test
    void skipsEntryWithoutTopicLineWithError() {
        String text = new String(Fixtures.bytes("count-mismatch.txt"), StandardCharsets.UTF_8)
                .replaceFirst("基础模型\n对齐\n#alignment\n🎯 研究动机推理链", "基础模型\n#alignment\n🎯 研究动机推理链");
        DigestReading r = new DigestReader().read("no-topic.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.entries().size());
        assertEquals(1, r.skipped().size());
        assertEquals("no-topic.txt:10", r.skipped().get(0).source().toString());
        assertTrue(r.skipped().get(0).reason().contains("no topic line"));
    }

    @Test
    void reportsMissingOrEmptyContentDirectoryWithoutThrowing(@TempDir Path dir) {
        DigestReading empty = new DigestReader().read(dir);
        assertEquals(0, empty.entriesIn());
        assertTrue(empty.diagnostics().get(0).message().contains("no digest file"));
        DigestReading missing = new DigestReader().read(dir.resolve("absent"));
        assertTrue(hasErrors(missing));
    }

    @Test
    void readsEveryDigestFileOfTheDirectoryInNameOrder(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.write(dir.resolve("b.txt"), Fixtures.bytes("other-shape.txt"));
        java.nio.file.Files.write(dir.resolve("a.txt"), Fixtures.bytes("count-mismatch.txt"));
        java.nio.file.Files.writeString(dir.resolve("notes.md"), "not a digest");
        DigestReading r = new DigestReader().read(dir);
        assertEquals(5, r.entries().size());
        assertEquals("a.txt:2", r.entries().get(0).source().toString(), "named relative to the content directory");
        assertEquals("Robotics & Vision", r.entries().get(4).area());
    }
}
