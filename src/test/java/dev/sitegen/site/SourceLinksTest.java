package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Paper;
import dev.sitegen.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLinksTest {
    private final Paper paper = new Paper(
            "abc123",
            "GuardSpace: safety",
            Optional.of("GuardSpace"),
            "Area",
            "Topic",
            List.of(),
            Optional.empty(),
            List.of(),
            List.of("x"),
            new SourceLocation("content/digest.txt", 12));

    @Test
    void noLinksWithoutARepository() {
        assertEquals(List.of(), SourceLinks.of(Optional.empty(), paper));
    }

    @Test
    void viewEditAndReportPointAtTheDigestLine() {
        var links = SourceLinks.of(Optional.of("https://github.com/o/r/"), paper);
        assertEquals(
                "https://github.com/o/r/blob/HEAD/content/digest.txt#L12",
                links.get(0).href());
        assertEquals(
                "https://github.com/o/r/edit/HEAD/content/digest.txt",
                links.get(1).href());
        String report = links.get(2).href();
        assertTrue(report.startsWith("https://github.com/o/r/issues/new?title=Paper%20abc123%3A%20GuardSpace"), report);
        assertTrue(report.contains("content%2Fdigest.txt%3A12"), report);
    }

    @Test
    void absoluteDigestPathsAreTakenAsContentFiles() {
        assertEquals("content/digest.txt", SourceLinks.repositoryPath("/tmp/x/digest.txt"));
        assertEquals("content/digest.txt", SourceLinks.repositoryPath("./content/digest.txt"));
    }
}
