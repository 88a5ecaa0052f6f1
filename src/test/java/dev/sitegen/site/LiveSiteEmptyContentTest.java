package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, case 5: in serve, deleting the digest is a bad edit; the last good site stays. */
class LiveSiteEmptyContentTest {
    @TempDir
    Path tmp;

    @Test
    void deletingTheDigestKeepsTheLastGoodSite() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("src/test/resources/digest/real-sample-20.txt"), content.resolve("d.txt"));
        Path out = tmp.resolve("site");
        LiveSite site = new LiveSite(content, Optional.empty(), out, StageListener.NONE);
        assertTrue(site.rebuild().succeeded());
        long pages = SiteBuilderTest.contents(out).size();
        Files.delete(content.resolve("d.txt"));
        LiveSite.Rebuild rebuild = site.rebuild();
        assertFalse(rebuild.succeeded());
        assertTrue(
                rebuild.problem().orElseThrow().contains("no paper was read"),
                rebuild.problem().orElseThrow());
        assertEquals(0, rebuild.deleted());
        assertEquals(pages, SiteBuilderTest.contents(out).size(), "nothing was deleted");
        Files.copy(Path.of("src/test/resources/digest/real-sample-20.txt"), content.resolve("d.txt"));
        assertTrue(site.rebuild().succeeded());
    }
}
