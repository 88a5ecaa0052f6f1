package dev.sitegen.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, cases 10, 11 and 13 on the real digest: lost lines, a file cut short, a line too long. */
class EntryBoundaryTest {
    private static final Path DIGEST = Path.of("content/iclr2026-llm.txt");

    private static List<String> lines() throws IOException {
        return new ArrayList<>(Arrays.asList(Files.readString(DIGEST).split("\n", -1)));
    }

    private static DigestReading read(List<String> lines) {
        return new DigestReader().read("d.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEntryThatLostItsAreaAndTopicLinesIsSkippedByNameNotGluedToThePaperBefore() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.get(18).startsWith("基础/前沿模型") && lines.get(20).startsWith("#"), "lines 19-21 as in the issue");
        lines.remove(18);
        lines.remove(18); // lines 19 and 20 of the file: the second entry's area and topic
        DigestReading reading = read(lines);
        assertEquals(802, reading.entries().size());
        assertEquals(1, reading.skipped().size());
        assertEquals("d.txt:19", reading.skipped().get(0).source().toString());
        Diagnostic error = reading.diagnostics().stream()
                .filter(Diagnostic::isError)
                .findFirst()
                .orElseThrow();
        assertTrue(error.message().contains("lost its area and topic lines"), error.message());
        String firstAbstract = String.join("\n", reading.entries().get(0).abstractParagraphs());
        assertFalse(
                firstAbstract.contains("#") || firstAbstract.contains("(Abstract)") || firstAbstract.contains("🎯"),
                firstAbstract);
        assertTrue(firstAbstract.endsWith("from 26.0\\% to 28.0\\%."), firstAbstract);
    }

    @Test
    void aFileCutShortIsNeverReadWithoutADiagnostic() throws IOException {
        byte[] bytes = Files.readAllBytes(DIGEST);
        List<Integer> silent = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            int cut = (int) ((long) bytes.length * k / 11);
            DigestReading reading = new DigestReader().read("d.txt", Arrays.copyOf(bytes, cut));
            if (reading.diagnostics().isEmpty()) {
                silent.add(cut);
            }
        }
        assertEquals(List.of(), silent, "cuts read without any warning");
    }

    @Test
    void theLastAbstractCutMidWordIsAWarningAtTheLastLine() throws IOException {
        List<String> lines = lines();
        while (lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.substring(0, last.length() / 2).strip());
        DigestReading reading = read(lines);
        assertEquals(803, reading.entries().size());
        assertTrue(
                reading.diagnostics().stream()
                        .anyMatch(d -> !d.isError()
                                && d.location().line() == lines.size()
                                && d.message().contains("may have been cut short")),
                reading.diagnostics().toString());
        assertTrue(
                read(lines()).diagnostics().stream().noneMatch(d -> d.message().contains("may have been cut short")),
                "the complete digest is not taken for a cut one");
    }

    @Test
    void aLineLongerThanTheCapIsAnErrorAtItsLineAndIsNotRead() throws IOException {
        List<String> lines = lines();
        lines.set(30, lines.get(30) + " x".repeat(3_000_000));
        long start = System.nanoTime();
        DigestReading reading = read(lines);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "read at once");
        Diagnostic error = reading.diagnostics().stream()
                .filter(Diagnostic::isError)
                .findFirst()
                .orElseThrow();
        assertEquals("d.txt:31", error.location().toString());
        assertTrue(error.message().contains("characters long; a digest line may be at most 1048576"), error.message());
        assertTrue(reading.entries().stream()
                .allMatch(e -> String.join("", e.abstractParagraphs()).length() < 1_000_000));
    }
}
