package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The discovery features in the built fixture site: similar papers, map, statistics, related tags, data, stars. */
class DiscoverPagesTest {
    @TempDir
    static Path tmp;

    static Path out;
    static Catalog catalog;

    /** Two topics whose papers share tags and words, so that tags co-occur at least twice. */
    static Catalog overlapping() {
        var b = new Catalogs.Builder("基础/前沿模型 (含LLM)");
        b.topic("reasoning", "推理与思维链");
        b.paper(
                "r1",
                "Chain Reasoner",
                "ChainR",
                "Reasoning chains with verifier feedback for math.",
                "LLM",
                "Reasoning",
                "Verification");
        b.paper(
                "r2",
                "Step Verifier",
                null,
                "A verifier checks reasoning steps in math proofs.",
                "Reasoning",
                "Verification");
        b.paper(
                "r3",
                "Proof Search",
                null,
                "Search over reasoning steps guided by a verifier.",
                "Reasoning",
                "Verification",
                "Search");
        b.topic("efficiency", "效率与压缩");
        b.paper(
                "e1",
                "Cache Squeezer",
                "KVSqueeze",
                "KV cache compression by quantization.",
                "LLM",
                "KV Cache",
                "Quantization");
        b.paper("e2", "Tiny Cache", null, "Quantization of the KV cache for long context.", "KV Cache", "Quantization");
        b.paper("e3", "Sparse Experts", null, "Mixture of experts with sparse routing.", "MoE");
        return b.catalog();
    }

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("site-out");
        catalog = overlapping();
        SiteFixture.build(catalog, SiteConfig.defaults(), out);
    }

    @Test
    void paperPagesListSimilarPapersWithReasonsAndNeverThemselves() {
        int withRelated = 0;
        for (Paper paper : catalog.papers()) {
            String path = "papers/" + paper.id() + "/index.html";
            Document page = SiteFixture.page(out, path);
            List<Element> links = page.select("section.related .related-list > li > a");
            assertTrue(links.size() <= PaperPages.RELATED, path);
            for (Element link : links) {
                assertNotEquals("../" + paper.id() + "/index.html", link.attr("href"), path);
                assertTrue(
                        Files.isRegularFile(out.resolve("papers/" + paper.id())
                                .resolve(link.attr("href"))
                                .normalize()),
                        link.attr("href"));
            }
            page.select("section.related .why a")
                    .forEach(tag -> assertTrue(tag.attr("href").startsWith("../../tags/")));
            withRelated += links.isEmpty() ? 0 : 1;
        }
        assertTrue(withRelated >= 4, "papers sharing tags and words have similar papers: " + withRelated);
        Document r2 = SiteFixture.page(out, "papers/r2/index.html");
        Set<String> sharedTags =
                r2.select("section.related .why a").eachText().stream().collect(Collectors.toSet());
        assertTrue(sharedTags.contains("Verification"), sharedTags.toString());
    }

    @Test
    void everyMapDotLinksToAnExistingPaperPage() {
        Document map = SiteFixture.page(out, SiteLayout.MAP);
        List<Element> dots = map.select("svg.paper-map a");
        assertEquals(catalog.papers().size(), dots.size());
        for (Element dot : dots) {
            assertTrue(dot.attr("href").startsWith("../papers/"), dot.attr("href"));
            assertTrue(
                    Files.isRegularFile(
                            out.resolve("map").resolve(dot.attr("href")).normalize()),
                    dot.attr("href"));
            assertFalse(dot.selectFirst("title").text().isBlank());
        }
        assertEquals(
                catalog.topics().size(),
                map.select("ul.legend li a:not(.map-focus)").size());
        assertNotNull(map.selectFirst("svg.paper-map > title#paper-map-title"));
    }

    @Test
    void eachTopicPageLinksToTheMapWithItsTopicHighlighted() {
        // issue 18: map/?topic=<slug> highlights a topic; the topic page and the legend lead there
        Document map = SiteFixture.page(out, SiteLayout.MAP);
        for (var topic : catalog.topics()) {
            String path = "topics/" + topic.slug() + "/index.html";
            Document page = SiteFixture.page(out, path);
            Element link = page.selectFirst("a[href$=\"map/index.html?topic=" + topic.slug() + "\"]");
            assertNotNull(link, path);
            assertTrue(Files.isRegularFile(out.resolve(path)
                    .resolveSibling(link.attr("href").replaceAll("\\?.*", ""))
                    .normalize()));
            assertNotNull(map.selectFirst("svg.paper-map g[data-topic=" + topic.slug() + "]"), topic.slug());
            assertNotNull(map.selectFirst(
                    "ul.legend li[data-topic=" + topic.slug() + "] a.map-focus[href$=?topic=" + topic.slug() + "]"));
        }
    }

    @Test
    void statisticsChartsAreBarsThatLinkToTheirTopicOrTag() {
        Document stats = SiteFixture.page(out, SiteLayout.STATS);
        List<Element> charts = stats.select("figure.chart");
        assertEquals(3, charts.size());
        for (Element figure : charts) {
            assertFalse(figure.selectFirst("figcaption").text().isBlank());
            List<Element> bars = figure.select("ol.bars > li");
            assertFalse(bars.isEmpty());
            // Issue 18: every bar is a link.
            assertEquals(bars.size(), figure.select("ol.bars > li > a.bar-row").size());
        }
        assertEquals(
                "width: 100.0%", charts.get(0).selectFirst(".bar").attr("style"), "the largest count spans the chart");
        for (Element bar : charts.get(2).select("ol.bars > li")) {
            String percent = bar.selectFirst(".bar-value").text().replaceAll("%.*", "");
            assertEquals(
                    "width: " + percent + ".0%",
                    bar.selectFirst(".bar").attr("style"),
                    "a percentage is drawn to 100%");
        }
        Element topicBar = charts.get(0).selectFirst("a.bar-row");
        assertTrue(topicBar.attr("href").startsWith("../topics/"), topicBar.attr("href"));
        assertTrue(charts.get(1).selectFirst("a.bar-row").attr("href").startsWith("../tags/"));
        assertEquals(
                catalog.topics().size(),
                stats.select("#topic-tags-heading ~ h3").size());
        Element shared = stats.selectFirst("table.shared-tags tbody tr");
        assertEquals("LLM", shared.selectFirst("th").text());
        assertEquals(2, shared.select("td a").size());
    }

    @Test
    void topicPagesOfferTheirKeyTagsAsFiltersAndLoadNoMathLibrary() {
        Document topic = SiteFixture.page(out, "topics/reasoning/index.html");
        assertTrue(topic.select("figure.chart").isEmpty(), "the tag counts show once, as filter chips");
        List<String> chips = topic.select("[data-filter-tag]").eachAttr("data-filter-tag");
        assertEquals("Reasoning", chips.get(0));
        assertTrue(topic.select("script[src*=katex], link[href*=katex], script[src*=math]")
                .isEmpty());
    }

    @Test
    void tagPagesShowTagsFoundOnTheSamePapers() {
        Document tag = SiteFixture.page(out, "tags/verification/index.html");
        Element related = tag.selectFirst("section[aria-labelledby=related-tags]");
        assertNotNull(related);
        Element reasoning = related.selectFirst("a[href=\"../../tags/reasoning/index.html\"]");
        assertEquals("Reasoning 3", reasoning.text());
        assertNotNull(SiteFixture.page(out, "tags/moe/index.html"));
        assertTrue(
                SiteFixture.page(out, "tags/moe/index.html")
                        .select("#related-tags")
                        .isEmpty(),
                "a tag alone on its paper has no related tags");
    }

    @Test
    void dataDownloadsExistParseAndAreLinkedFromHome() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode papers = json.readTree(out.resolve(SiteLayout.PAPERS_JSON).toFile());
        assertEquals(catalog.papers().size(), papers.get("papers").size());
        assertEquals("r1", papers.get("papers").get(0).get("id").asText());
        JsonNode schema = json.readTree(out.resolve(SiteLayout.PAPERS_SCHEMA).toFile());
        assertTrue(schema.has("$schema"));
        String csv = Files.readString(out.resolve(SiteLayout.PAPERS_CSV), StandardCharsets.UTF_8);
        catalog.papers().forEach(p -> assertTrue(csv.contains(p.id()), p.id()));
        Document home = SiteFixture.page(out, SiteLayout.HOME);
        for (String file : List.of(
                SiteLayout.PAPERS_JSON,
                SiteLayout.PAPERS_SCHEMA,
                SiteLayout.PAPERS_CSV,
                SiteLayout.MAP,
                SiteLayout.STATS,
                SiteLayout.READING_LIST)) {
            assertNotNull(home.selectFirst("main a[href=" + file + "]"), file);
        }
    }

    @Test
    void starButtonsAreHiddenUntilScriptsRunAndStoreThePathFromTheRoot() {
        Document topic = SiteFixture.page(out, "topics/efficiency/index.html");
        assertEquals("../../", topic.body().attr("data-root"));
        List<Element> stars = topic.select(".card button.star");
        assertEquals(3, stars.size());
        for (Element star : stars) {
            assertTrue(star.hasAttr("hidden"));
            assertEquals("false", star.attr("aria-pressed"));
            assertTrue(star.attr("aria-label").startsWith("收藏："));
            assertTrue(Files.isRegularFile(out.resolve(star.attr("data-path"))), star.attr("data-path"));
        }
        Element main = SiteFixture.page(out, "papers/e1/index.html").selectFirst("button.star-big");
        assertEquals("e1", main.attr("data-star"));
        assertEquals("Cache Squeezer", main.attr("data-title"));
        assertTrue(main.hasAttr("hidden"));
    }

    @Test
    void readingListPageExplainsItselfWithoutScripts() {
        Document list = SiteFixture.page(out, SiteLayout.READING_LIST);
        assertFalse(list.select("noscript").isEmpty());
        assertTrue(list.selectFirst("[data-reading-list]").hasAttr("hidden"));
        assertEquals(3, list.select("[data-reading-list] .actions button").size());
        assertTrue(list.selectFirst("[data-undo]").hasAttr("hidden"));
        assertEquals(
                "true",
                list.selectFirst("nav a[href=\"../reading-list/index.html\"]").attr("aria-current"));
    }

    @Test
    void everyLinkResolves() {
        assertEquals(List.of(), LinkChecker.check(out));
    }
}
