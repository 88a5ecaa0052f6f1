package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PaperMapSvgTest {

    private static final Pattern LINE = Pattern.compile("<tspan x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>([^<]*)</tspan>");

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

    @Test
    void movesOrDropsLabelsSoNoneOverlap() {
        List<MapRegion> regions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // all asking for nearly the same spot
            regions.add(new MapRegion(List.of("Region name " + i, "second line"), 500 + i, 300));
        }
        String svg = PaperMapSvg.labels(regions);
        List<double[]> boxes = new ArrayList<>();
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            double w = PaperMapSvg.labelWidth(m.group(3));
            double x = Double.parseDouble(m.group(1));
            double baseline = Double.parseDouble(m.group(2));
            boxes.add(new double[] {x - w / 2, baseline - 0.8 * PaperMapSvg.FONT_SIZE, w, PaperMapSvg.LINE_HEIGHT - 0.5
            }); // less the rounding of y
        }
        assertTrue(boxes.size() >= 4, svg);
        assertTrue(boxes.size() < 24, "some labels must give way: " + svg);
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                double[] p = boxes.get(a);
                double[] q = boxes.get(b);
                boolean overlap = p[0] < q[0] + q[2] && q[0] < p[0] + p[2] && p[1] < q[1] + q[3] && q[1] < p[1] + p[3];
                assertFalse(overlap, "lines " + a + " and " + b + " overlap in " + svg);
            }
        }
    }

    @Test
    void escapesNamesAndKeepsThemInsideTheMap() {
        String svg = PaperMapSvg.labels(List.of(new MapRegion(List.of("<script>&"), 995, 2)));
        assertTrue(svg.contains("&lt;script&gt;&amp;"), svg);
        Matcher m = LINE.matcher(svg);
        assertTrue(m.find());
        double x = Double.parseDouble(m.group(1));
        assertTrue(x + PaperMapSvg.labelWidth("<script>&") / 2 <= 1000 - 12, svg);
        assertTrue(Double.parseDouble(m.group(2)) - 0.8 * PaperMapSvg.FONT_SIZE >= 12, svg);
    }

    @Test
    void drawsNoLabelsWithoutRegions() {
        assertEquals("", PaperMapSvg.labels(List.of()));
    }

    @Test
    void countsHanCharactersWiderThanLatinOnes() {
        assertTrue(PaperMapSvg.labelWidth("推理") > PaperMapSvg.labelWidth("ab"));
    }
}
