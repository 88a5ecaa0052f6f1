package dev.sitegen.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** serve's reader reuses unchanged entries; whatever it reuses, it must read exactly as a fresh reader does. */
class RememberingReaderTest {

    /** Every fixture digest under src/test/resources/digest/. */
    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/digest"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readingAgainGivesTheSameEntriesDiagnosticsAndRepairs(String fixture) {
        DigestReader reader = DigestReader.remembering();
        DigestReading first = reader.read(fixture, Fixtures.bytes(fixture));
        assertEquals(Fixtures.read(fixture), first);
        assertEquals(first, reader.read(fixture, Fixtures.bytes(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed-entries.txt", "missing-fields.txt", "real-sample-20.txt", "count-mismatch.txt"})
    void afterAnyOneLineEditItReadsWhatAFreshReaderReads(String fixture) {
        String original = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
        List<String> lines = original.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            for (String edited : List.of(lines.get(i) + " edited", "", lines.get(i) + "\nan inserted line")) {
                DigestReader reader = DigestReader.remembering();
                reader.read(fixture, original);
                List<String> copy = new ArrayList<>(lines);
                copy.set(i, edited);
                String text = String.join("\n", copy) + "\n";
                assertEquals(new DigestReader().read(fixture, text), reader.read(fixture, text),
                        "line " + (i + 1) + " of " + fixture + " edited to '" + edited + "'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"real-sample-20.txt"})
    void anEditShowsAndOnlyTheEditedEntryChanges(String fixture) {
        String original = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
        String edited = original.replaceFirst("⭐ 主要贡献", "⭐ 主要贡献(修订)");
        assertNotEquals(original, edited);
        DigestReader reader = DigestReader.remembering();
        DigestReading before = reader.read(fixture, original);
        DigestReading after = reader.read(fixture, edited);
        assertEquals(new DigestReader().read(fixture, edited), after);
        int changed = 0;
        for (int i = 0; i < before.entries().size(); i++) {
            if (!before.entries().get(i).equals(after.entries().get(i))) {
                changed++;
                assertTrue(after.entries().get(i).fields().toString().contains("(修订)"));
            }
        }
        assertEquals(1, changed);
    }
}
