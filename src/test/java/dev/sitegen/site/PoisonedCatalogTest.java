package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content is data: markup, hostile URLs and Freemarker syntax in any field come out as text. */
class PoisonedCatalogTest {
    @TempDir
    static Path tmp;

    static Path out;
    static List<Document> pages;

    @BeforeAll
    static void buildPoisonedSite() throws IOException {
        out = tmp.resolve("site-out");
        SiteFixture.build(Catalogs.poisoned(), SiteConfig.defaults(), out);
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> SiteFixture.page(out, out.relativize(p).toString()))
                    .toList();
        }
    }

    @Test
    void noContentBecomesAScript() {
        for (Document page : pages) {
            for (Element script : page.select("script")) {
                boolean jsonLd = script.attr("type").equals("application/ld+json");
                assertTrue(
                        jsonLd
                                || script.attr("src").startsWith("../")
                                || script.attr("src").startsWith("assets/"),
                        page.location() + ": " + script);
                assertTrue(!jsonLd || !script.data().contains("<"), "JSON-LD escapes every '<'");
            }
            assertTrue(page.select("img").isEmpty(), page.location());
        }
    }

    @Test
    void noEventHandlerOrJavascriptUrlSurvives() {
        for (Document page : pages) {
            for (Element el : page.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertTrue(!a.getKey().startsWith("on"), page.location() + ": " + el);
                    assertTrue(
                            !a.getValue().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"),
                            page.location() + ": " + el);
                }
            }
        }
    }

    @Test
    void freemarkerSyntaxInContentIsPrintedNotRun() {
        Document paper = SiteFixture.page(out, "papers/evil/index.html");
        String title = paper.selectFirst("h1").text();
        assertTrue(title.contains("${7*7}<#assign x=1>"), title);
        assertTrue(title.contains("<script>alert(1)</script>"), "markup is shown as text: " + title);
        assertEquals(1, paper.select("main h1").size());
    }

    @Test
    void feedAndSitemapStayWellFormed() throws IOException {
        Document feed = org.jsoup.Jsoup.parse(
                Files.readString(out.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(2, feed.select("entry").size());
        assertTrue(feed.selectFirst("entry title").text().contains("<script>"));
        assertTrue(feed.select("script").isEmpty());
    }
}
