package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTimeTest {
    @TempDir
    Path tmp;

    @Test
    void sourceDateEpochWins() throws UsageException {
        assertEquals(Instant.parse("2026-05-01T12:00:00Z"), ContentTime.of(tmp, Optional.of("1777636800")));
    }

    @Test
    void aMalformedSourceDateEpochIsNamed() {
        UsageException e = assertThrows(UsageException.class, () -> ContentTime.of(tmp, Optional.of("yesterday")));
        assertTrue(e.getMessage().contains("SOURCE_DATE_EPOCH"), e.getMessage());
    }

    @Test
    void outsideGitTheNewestFileCountsToTheSecond() throws IOException, UsageException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("a.txt"), "a");
        Files.writeString(content.resolve("b.txt"), "b");
        Files.setLastModifiedTime(content.resolve("a.txt"), FileTime.from(Instant.parse("2026-03-01T00:00:00.750Z")));
        Files.setLastModifiedTime(content.resolve("b.txt"), FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), ContentTime.of(content, Optional.empty()));
    }

    @Test
    void inThisRepositoryTheContentsLastCommitCounts() throws UsageException {
        Instant time = ContentTime.of(Path.of("content"), Optional.empty());
        assertTrue(time.isAfter(Instant.parse("2025-01-01T00:00:00Z")), time.toString());
        assertEquals(time, ContentTime.of(Path.of("content"), Optional.empty()), "the same on every build");
    }
}
