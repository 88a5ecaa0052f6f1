package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteLayoutTest {
    private final SiteLayout layout = new SiteLayout(Optional.empty());

    @Test
    void mapsModelToFileNamingPaths() {
        assertEquals("topics/reasoning/index.html", layout.topic("reasoning"));
        assertEquals("tags/kv-cache/index.html", layout.tag("kv-cache"));
        assertEquals("papers/ab12/index.html", layout.paper("ab12"));
        assertEquals("assets/site.css", layout.asset("site.css"));
        assertEquals("favicon.svg", layout.asset("favicon.svg"));
    }

    @Test
    void linksRelativelyFromAnyDepth() {
        assertEquals("tags/x/index.html", layout.href("index.html", "tags/x/index.html"));
        assertEquals("../../index.html", layout.href("papers/p/index.html", "index.html"));
        assertEquals("../../assets/site.css", layout.href("topics/t/index.html", "assets/site.css"));
    }

    @Test
    void percentEncodesNonAsciiSlugsInLinks() {
        assertEquals(
                "../../topics/%E6%8E%A8%E7%90%86/index.html", layout.href("papers/p/index.html", layout.topic("推理")));
    }

    @Test
    void absoluteUrlsOnlyWithABaseUrl() {
        assertEquals(Optional.empty(), layout.absolute("index.html"));
        SiteLayout based = new SiteLayout(Optional.of("https://x.github.io/repo"));
        assertEquals(Optional.of("https://x.github.io/repo/feed.xml"), based.absolute("feed.xml"));
    }

    @Test
    void refusesSlugsThatWouldLeaveTheirDirectory() {
        assertThrows(IllegalArgumentException.class, () -> layout.paper("../etc"));
        assertThrows(IllegalArgumentException.class, () -> layout.tag(".."));
    }
}
