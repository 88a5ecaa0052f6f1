package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.render.ThemeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    static Path tmp;

    static Path out;
    static BuildReport report;

    @BeforeAll
    static void buildSmallSite() throws IOException {
        out = tmp.resolve("site-out");
        report = SiteFixture.build(Catalogs.small(), SiteConfig.defaults(), out);
    }

    @Test
    void writesEveryPageKindAtItsLayoutPath() {
        for (String path : List.of(
                "index.html",
                "topics/reasoning/index.html",
                "tags/index.html",
                "tags/llm/index.html",
                "papers/p1/index.html",
                "search/index.html",
                "404.html",
                "robots.txt",
                "feed.xml",
                "favicon.svg",
                "assets/site.css",
                "assets/katex/katex.min.js",
                "map/index.html",
                "stats/index.html",
                "reading-list/index.html",
                "papers.json",
                "papers.schema.json",
                "papers.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(path)), path);
        }
        // The report goes beside the site (the build command writes it); the sitemap needs a base URL.
        assertFalse(Files.exists(out.resolve("build-report.json")));
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
    }

    @Test
    void reportsCountsOfTheCatalog() {
        assertEquals(4, report.papers());
        assertEquals(2, report.topics());
        assertEquals(4, report.tags());
        assertEquals(1 + 2 + 1 + 4 + 4 + 3 + 2, report.pages());
    }

    @Test
    void homeListsTopicsWithTheirFirstPapersTagsAndOneSearchForm() {
        Document home = SiteFixture.page(out, "index.html");
        assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
        Element topic = home.selectFirst("#topics h2 a[href=topics/reasoning/index.html]");
        assertEquals("推理与思维链", topic.text());
        assertEquals("2 篇", topic.nextElementSibling().text());
        Element section = topic.closest("section");
        assertEquals(
                List.of("Chain Reasoner", "Step Verifier"),
                section.select(".card-title a").eachText());
        assertEquals(
                "papers/p1/index.html", section.selectFirst(".card-title a").attr("href"));
        assertEquals("全部 2 篇 →", section.selectFirst(".more a").text());
        assertEquals("tags/llm/index.html", home.selectFirst(".tag-cloud a").attr("href"));
        assertEquals(1, home.select("form[role=search]").size(), "one search box on the home page");
        Element form = home.selectFirst("main form[role=search]");
        assertEquals("search/index.html", form.attr("action"));
        assertEquals("q", form.selectFirst("input").attr("name"));
        assertTrue(home.selectFirst(".totals").text().contains("4"));
        assertEquals("papers.json", home.selectFirst(".data-line a[download]").attr("href"));
    }

    @Test
    void topicListsEveryPaperWithTagLinksAndSummary() {
        Document topic = SiteFixture.page(out, "topics/reasoning/index.html");
        assertEquals("推理与思维链", topic.selectFirst("h1").text());
        List<String> titles = topic.select("[data-list] .card-title a").eachText();
        assertEquals(List.of("Chain Reasoner", "Step Verifier"), titles);
        assertEquals(
                "../../papers/p1/index.html", topic.selectFirst(".card-title a").attr("href"));
        // The fixture's TL;DR restates the title, so the summary under it is the problem statement.
        assertEquals("解决 Chain Reasoner 的问题", topic.selectFirst(".card-summary").text());
        assertEquals(
                "解决 Step Verifier 的问题", topic.select(".card-summary").get(1).text());
        assertEquals(
                "../../tags/llm/index.html", topic.selectFirst(".card .tags a").attr("href"));
        // The filter needs the site script: hidden in the markup, so the full list shows without it.
        assertTrue(topic.selectFirst("form[data-list-filter]").hasAttr("hidden"));
        assertEquals(
                "llm",
                topic.selectFirst("[data-filter-tag]").attr("data-filter-tag").toLowerCase());
    }

    @Test
    void tagIndexListsCommonTagsByCountAndSingletonsBehindADisclosure() {
        Document tags = SiteFixture.page(out, "tags/index.html");
        assertEquals(
                List.of("LLM 3", "KV Cache 2"),
                tags.select("section:has(#common-tags) li").eachText());
        assertEquals(
                List.of("Reasoning 1", "Verification 1"),
                tags.select("details.tag-singletons li").eachText());
        assertTrue(tags.selectFirst("details.tag-singletons").attributes().hasKey("open") == false);
        // The filter box needs its script; without it the box stays hidden and every tag is listed.
        assertTrue(tags.selectFirst("form[data-tag-filter]").attributes().hasKey("hidden"));
        assertEquals("../assets/tag-filter.js", tags.selectFirst("main script").attr("src"));
        assertTrue(tags.selectFirst("li[data-tag*=llms]") != null, "the filter matches other spellings too");
    }

    @Test
    void tagPageGroupsPapersByTopicAndFoldsSpellings() {
        Document tag = SiteFixture.page(out, "tags/llm/index.html");
        assertEquals("LLM", tag.selectFirst("h1").text());
        assertEquals(List.of("推理与思维链 2 篇", "效率与压缩 1 篇"), tag.select("main h2").eachText());
        assertTrue(tag.selectFirst(".totals").text().contains("LLMs"));
    }

    @Test
    void paperPageHasFieldsAbstractNeighboursAndLookups() {
        Document paper = SiteFixture.page(out, "papers/p1/index.html");
        assertEquals("Chain Reasoner", paper.selectFirst("h1").text());
        assertEquals(
                "../../topics/reasoning/index.html",
                paper.selectFirst(".breadcrumb a:last-child").attr("href"));
        assertEquals(
                List.of("🎯 研究动机", "❓ 解决问题", "🛠️ 主要方法"),
                paper.select(".fields dt").eachText());
        assertEquals("zh-CN", paper.selectFirst(".fields").attr("lang"));
        assertEquals("en", paper.selectFirst(".abstract").attr("lang"));
        assertTrue(paper.selectFirst(".abstract").text().contains("We study reasoning chains."));
        assertEquals(null, paper.selectFirst("a[rel=prev]"));
        assertEquals(
                "../../papers/p2/index.html", paper.selectFirst("a[rel=next]").attr("href"));
        assertEquals(
                List.of(
                        "https://openreview.net/search?term=Chain+Reasoner",
                        "https://arxiv.org/search/?query=Chain+Reasoner&searchtype=all",
                        "https://scholar.google.com/scholar?q=Chain+Reasoner"),
                paper.select(".elsewhere a").eachAttr("href"));
        assertEquals("en", paper.selectFirst("h1").attr("lang"));
    }

    @Test
    void paperPageCarriesMetadataForSearchEngines() {
        Document paper = SiteFixture.page(out, "papers/p1/index.html");
        assertEquals(
                "解决 Chain Reasoner 的问题",
                paper.selectFirst("meta[name=description]").attr("content"));
        assertEquals("article", paper.selectFirst("meta[property=og:type]").attr("content"));
        String jsonLd = paper.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"@type\":\"ScholarlyArticle\""), jsonLd);
        assertTrue(paper.select("link[rel=canonical]").isEmpty(), "no canonical link without a base URL");
    }

    @Test
    void everyRelativeLinkResolves() {
        assertEquals(List.of(), LinkChecker.check(out));
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = SiteFixture.page(out, out.relativize(page).toString());
                assertTrue(
                        doc.select("script[src], link[href], img[src]").stream()
                                .noneMatch(e -> e.attr(e.hasAttr("src") ? "src" : "href")
                                        .contains("//")),
                        page.toString());
            }
        }
    }

    @Test
    void pagesWithoutMathDoNotLoadKatex() {
        Document paper = SiteFixture.page(out, "papers/p1/index.html");
        assertTrue(paper.select("script[src*=katex], link[href*=katex]").isEmpty());
    }

    @Test
    void listPagesLoadNoKatexEvenWhenTheirPapersHaveMath() throws IOException {
        // issue 18: no math library on list pages; the paper page itself still typesets
        var b = new Catalogs.Builder("基础/前沿模型 (含LLM)");
        b.topic("reasoning", "推理与思维链");
        b.paper("m1", "Error Bounds of $\\alpha^2 + \\beta$", null, "We bound the error by $\\alpha^2$.", "Bounds");
        b.paper("m2", "Plain Paper", null, "No formulas here.", "Bounds");
        Path site = tmp.resolve("math");
        SiteFixture.build(b.catalog(), SiteConfig.defaults(), site);
        String katex = "script[src*=katex], link[href*=katex]";
        assertFalse(SiteFixture.page(site, "papers/m1/index.html").select(katex).isEmpty());
        for (String list : List.of("index.html", "topics/reasoning/index.html", "tags/bound/index.html")) {
            assertTrue(SiteFixture.page(site, list).select(katex).isEmpty(), list);
        }
    }

    @Test
    void buildsTheSameBytesTwice() throws IOException {
        Path again = tmp.resolve("again");
        SiteFixture.build(Catalogs.small(), SiteConfig.defaults(), again);
        assertEquals(contents(out), contents(again));
    }

    @Test
    void listsInMemoryExactlyTheFilesItWrites() throws IOException {
        List<dev.sitegen.render.RenderedFile> files = new java.util.ArrayList<>();
        SiteOutput inMemory = new InMemoryOutput(files);
        BuildReport inMemoryReport = new SiteBuilder(
                        Optional.empty(), new dev.sitegen.text.RichText(), StageListener.NONE)
                .build(SiteFixture.input(Catalogs.small()), SiteConfig.defaults(), inMemory);
        Map<String, String> listed = new TreeMap<>();
        files.forEach(f -> listed.put(f.path(), sha256(f.bytes())));
        Map<String, String> written = contents(out);
        written.remove(SiteManifest.FILE_NAME); // the writer's own record of the files, not a file of the site
        assertEquals(written, listed);
        assertEquals(report, inMemoryReport);
    }

    @Test
    void aBuildThatFailsWhileRenderingLeavesThePreviousSite(@TempDir Path theme) throws IOException {
        for (String name : dev.sitegen.render.Templates.NAMES) {
            Files.writeString(theme.resolve(name), "");
        }
        Files.writeString(theme.resolve("paper.ftlh"), "${noSuchValue}");
        Path previous = tmp.resolve("previous");
        SiteFixture.build(Catalogs.small(), SiteConfig.defaults(), previous);
        Map<String, String> before = contents(previous);
        assertThrows(
                ThemeException.class,
                () -> SiteFixture.build(Catalogs.small(), SiteConfig.defaults(), Optional.of(theme), previous));
        assertEquals(before, contents(previous));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(
                    siblings.noneMatch(p -> p.getFileName().toString().startsWith(".previous.")
                            && !p.getFileName().toString().endsWith(".lock")),
                    "no staging directory is left behind");
        }
    }

    @Test
    void baseUrlAddsCanonicalLinksAndAbsoluteSitemapUrls() throws IOException {
        Path based = tmp.resolve("based");
        SiteFixture.build(Catalogs.small(), SiteConfig.defaults().withBaseUrl("https://x.github.io/repo"), based);
        Document paper = SiteFixture.page(based, "papers/p1/index.html");
        assertEquals(
                "https://x.github.io/repo/papers/p1/index.html",
                paper.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "../../topics/reasoning/index.html",
                paper.selectFirst(".breadcrumb a:last-child").attr("href"));
        String sitemap = Files.readString(based.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://x.github.io/repo/tags/llm/index.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(based.resolve("robots.txt"))
                .contains("Sitemap: https://x.github.io/repo/sitemap.xml"));
        Document notFound = SiteFixture.page(based, "404.html");
        assertEquals(
                "https://x.github.io/repo/assets/site.css",
                notFound.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    /** Every file's bytes by path. */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
