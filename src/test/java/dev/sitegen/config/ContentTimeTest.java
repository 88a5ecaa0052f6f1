package dev.sitegen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTimeTest {
    @TempDir
    Path tmp;

    @Test
    void sourceDateEpochWins() throws ConfigException {
        assertEquals(
                Optional.of(Instant.parse("2026-05-01T12:00:00Z")), ContentTime.of(tmp, Optional.of("1777636800")));
    }

    @Test
    void aMalformedSourceDateEpochIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ContentTime.of(tmp, Optional.of("yesterday")));
        assertTrue(e.getMessage().contains("SOURCE_DATE_EPOCH"), e.getMessage());
    }

    @Test
    void outsideGitNoTimeIsKnownSoFileTimesCannotChangeTheFeed() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "a");
        assertEquals(Optional.empty(), ContentTime.of(tmp, Optional.empty()));
    }

    @Test
    void inThisRepositoryTheContentsLastCommitCounts() throws ConfigException {
        Instant time = ContentTime.of(Path.of("content"), Optional.empty()).orElseThrow();
        assertTrue(time.isAfter(Instant.parse("2025-01-01T00:00:00Z")), time.toString());
        assertEquals(Optional.of(time), ContentTime.of(Path.of("content"), Optional.empty()), "the same every time");
    }
}
