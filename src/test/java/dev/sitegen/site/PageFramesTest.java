package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.render.PageView;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageFramesTest {
    private final SiteConfig config = SiteConfig.defaults();
    private final PageFrames frames = new PageFrames(config, new SiteLayout(Optional.empty()), true);

    @Test
    void linksKatexAndMathScriptOnlyWhenThePageHasMath() {
        PageView math = frames.frame("papers/p/index.html", "T", "d", "topics", true, "article", PageFrames.NO_JSON_LD);
        assertTrue(math.hasMath());
        assertEquals("../../assets/katex/katex.min.css", math.katexStylesheetHref());
        assertEquals("../../assets/katex/katex.min.js", math.katexScriptHref());
        assertEquals("../../assets/math.js", math.mathScriptHref());
        PageView plain = frames.frame("papers/p/index.html", "T", "d", "topics");
        assertFalse(plain.hasMath());
        assertEquals("", plain.katexScriptHref());
    }

    @Test
    void loadsTheSearchScriptOnlyOnTheSearchPage() {
        assertEquals(
                "../assets/search.js",
                frames.frame(SiteLayout.SEARCH, "S", "d", "search").searchScriptHref());
        assertEquals("", frames.frame(SiteLayout.HOME, "H", "d", "home").searchScriptHref());
    }

    @Test
    void appendsTheSiteTitleExceptOnTheHomePage() {
        assertEquals(
                "T · Paper Digest",
                frames.frame("tags/index.html", "T", "d", "tags").title());
        assertEquals(
                "Paper Digest",
                frames.frame(SiteLayout.HOME, config.title(), "d", "home").title());
    }

    @Test
    void notFoundPageLinksAbsolutelyWhenTheBaseUrlIsKnown() {
        PageFrames based = new PageFrames(config, new SiteLayout(Optional.of("https://x.io/r/")), false);
        PageView notFound = based.frame(SiteLayout.NOT_FOUND, "missing", "d", "");
        assertEquals("https://x.io/r/index.html", notFound.homeHref());
        assertEquals("", notFound.canonicalUrl());
        assertEquals(
                "index.html",
                frames.frame(SiteLayout.NOT_FOUND, "missing", "d", "").homeHref());
    }
}
