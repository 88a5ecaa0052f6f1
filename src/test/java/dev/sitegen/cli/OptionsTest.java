package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void buildDefaultsToContentAndSiteOut() throws UsageException {
        Options o = Options.parse(List.of("build"));
        assertEquals(Path.of("content"), o.contentDir());
        assertEquals(Path.of("site-out"), o.outDir());
        assertEquals(Optional.empty(), o.baseUrl());
        assertEquals(Options.Verbosity.NORMAL, o.verbosity());
    }

    @Test
    void takesValuesWithSpaceOrEquals() throws UsageException {
        Options o = Options.parse(List.of(
                "build", "--content", "c", "--out=o", "--base-url", "https://x.io/r/", "--keep-going", "--verbose"));
        assertEquals(Path.of("c"), o.contentDir());
        assertEquals(Path.of("o"), o.outDir());
        assertEquals(Optional.of("https://x.io/r/"), o.baseUrl());
        assertTrue(o.keepGoing());
        assertEquals(Options.Verbosity.VERBOSE, o.verbosity());
    }

    @Test
    void serveHasPortAndNormalisedBasePath() throws UsageException {
        Options o = Options.parse(List.of("serve", "--port", "0", "--base-path", "repo"));
        assertEquals(0, o.port());
        assertEquals("/repo/", o.basePath());
        assertEquals(8000, Options.parse(List.of("serve")).port());
    }

    @Test
    void checkTakesAFormat() throws UsageException {
        assertEquals(
                DiagnosticFormat.GITHUB,
                Options.parse(List.of("check", "--format", "github")).format());
    }

    @Test
    void rejectsOptionsOfAnotherCommand() {
        UsageException e = assertThrows(UsageException.class, () -> Options.parse(List.of("check", "--out", "x")));
        assertTrue(e.getMessage().contains("--out"), e.getMessage());
        assertThrows(UsageException.class, () -> Options.parse(List.of("build", "--port", "1")));
    }

    @Test
    void rejectsBadValues() {
        assertThrows(UsageException.class, () -> Options.parse(List.of("serve", "--port", "http")));
        assertThrows(UsageException.class, () -> Options.parse(List.of("serve", "--base-path", "/a b/")));
        assertThrows(UsageException.class, () -> Options.parse(List.of("check", "--format", "json")));
        assertThrows(UsageException.class, () -> Options.parse(List.of("build", "--quiet", "--verbose")));
        assertThrows(UsageException.class, () -> Options.parse(List.of("build", "--keep-going=yes")));
        assertThrows(UsageException.class, () -> Options.parse(List.of()));
    }

    @Test
    void buildTakesAReportFile() throws UsageException {
        assertEquals(
                Optional.of(Path.of("r.json")),
                Options.parse(List.of("build", "--report", "r.json")).reportFile());
        assertEquals(Optional.empty(), Options.parse(List.of("build")).reportFile());
    }

    @Test
    void suggestsOnlyNearCandidates() {
        assertEquals(Optional.of("build"), Usage.closest("bild", Usage.commands()));
        assertEquals(Optional.of("serve"), Usage.closest("serv", Usage.commands()));
        assertEquals(Optional.of("check"), Usage.closest("chek", Usage.commands()));
        assertEquals(Optional.empty(), Usage.closest("publish", Usage.commands()));
        assertEquals(Optional.empty(), Usage.closest("x", Usage.commands()));
    }
}
