package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PaperMapSvgTest {

    private final Catalog catalog = CatalogFixture.catalog();

    private String render() {
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        List<MapPoint> points = PaperMap.layout(
                vectors,
                SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS),
                PaperMapSvg.WIDTH,
                PaperMapSvg.HEIGHT,
                PaperMapSvg.MARGIN);
        return PaperMapSvg.render(catalog, points, p -> "/papers/" + p.id() + "/?from=map&x=<1>");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void linksEveryDotToTheUrlFromTheGivenFunction() throws Exception {
        NodeList links = parse(render()).getElementsByTagName("a");
        Set<String> hrefs = new HashSet<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        Set<String> expected = new HashSet<>();
        catalog.papers().forEach(p -> expected.add("/papers/" + p.id() + "/?from=map&x=<1>"));
        assertEquals(expected, hrefs);
        assertEquals(catalog.papers().size(), links.getLength());
    }

    @Test
    void titlesEachDotWithItsEscapedPaperTitle() throws Exception {
        String svg = render();
        assertTrue(svg.contains("&lt;b&gt;&quot;Tools&quot;, &amp; &#39;agents&#39;&lt;/b&gt;"), svg);
        NodeList titles = parse(svg).getElementsByTagName("title");
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertTrue(texts.contains(CatalogFixture.NASTY_TITLE), texts.toString());
        assertTrue(texts.contains(PaperMapSvg.TITLE));
    }

    @Test
    void drawsNoLegendForThePageShowsItAsHtml() throws Exception {
        Document svg = parse(render());
        assertEquals(0, svg.getElementsByTagName("text").getLength());
        assertEquals(catalog.papers().size(), svg.getElementsByTagName("circle").getLength());
        assertTrue(svg.getDocumentElement().getAttribute("viewBox").endsWith(" " + (int) PaperMapSvg.HEIGHT));
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertEquals(render(), render());
    }
}
