package dev.sitegen.discover;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartSvgTest {

    private final CatalogStats stats = CatalogStats.of(CatalogFixture.catalog(), 5);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void labelsTheImageWithItsTitleAndDescription() throws Exception {
        BarChart chart = StatsCharts.papersPerTopic(stats);
        Element svg = parse(BarChartSvg.render(chart)).getDocumentElement();
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("papers-per-topic-title papers-per-topic-desc", svg.getAttribute("aria-labelledby"));
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        assertEquals("papers-per-topic-title", title.getAttribute("id"));
        assertEquals(chart.title(), title.getTextContent());
        assertEquals(chart.description(), svg.getElementsByTagName("desc").item(0).getTextContent());
    }

    @Test
    void drawsOneBarPerTableRowWithLengthsProportionalToValues() throws Exception {
        BarChart chart = StatsCharts.papersPerTopic(stats);
        NodeList rects = parse(BarChartSvg.render(chart)).getElementsByTagName("rect");
        assertEquals(chart.bars().size(), rects.getLength());
        double full = Double.parseDouble(((Element) rects.item(0)).getAttribute("width"));
        double single = Double.parseDouble(((Element) rects.item(2)).getAttribute("width"));
        assertEquals(full / 3, single, 0.1);
    }

    @Test
    void printsEachRowsLabelAndValueAsText() throws Exception {
        BarChart chart = StatsCharts.tldrCoverage(stats);
        NodeList texts = parse(BarChartSvg.render(chart)).getElementsByTagName("text");
        assertEquals(List.of("效率与压缩", "100% (3/3)", "推理与思维链", "67% (2/3)", "Agent 与工具使用", "100% (1/1)"),
                java.util.stream.IntStream.range(0, texts.getLength()).mapToObj(i -> texts.item(i).getTextContent()).toList());
    }

    @Test
    void scalesPercentagesToAHundred() throws Exception {
        BarChart chart = new BarChart("half", "Half", "One bar at 50%.", 100, List.of(new BarChart.Bar("a", 50, "50%")));
        Element rect = (Element) parse(BarChartSvg.render(chart)).getElementsByTagName("rect").item(0);
        Element label = (Element) parse(BarChartSvg.render(chart)).getElementsByTagName("text").item(0);
        double room = BarChartSvg.WIDTH - Double.parseDouble(rect.getAttribute("x")) - BarChartSvg.VALUE_ROOM;
        assertEquals(room / 2, Double.parseDouble(rect.getAttribute("width")), 0.1);
        assertEquals("a", label.getTextContent());
    }

    @Test
    void escapesLabels() throws Exception {
        BarChart chart = new BarChart("x", "A <b> & C", "d", 0, List.of(new BarChart.Bar("<i>\"x\"</i>", 1, "1")));
        Document doc = parse(BarChartSvg.render(chart));
        assertEquals("<i>\"x\"</i>", doc.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("A <b> & C", doc.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void shortensLabelsWiderThanHalfTheChart() throws Exception {
        String longLabel = "a very long tag name ".repeat(10).strip();
        BarChart chart = new BarChart("long", "Long", "d", 0, List.of(new BarChart.Bar(longLabel, 1, "1")));
        String shown = parse(BarChartSvg.render(chart)).getElementsByTagName("text").item(0).getTextContent();
        assertTrue(shown.endsWith("…"), shown);
        assertTrue(BarChartSvg.textWidth(shown) <= BarChartSvg.WIDTH / 2, shown);
        assertTrue(longLabel.startsWith(shown.substring(0, shown.length() - 1)), shown);
    }

    @Test
    void rejectsIdsThatAreNotPlainIds() {
        assertThrows(IllegalArgumentException.class, () -> new BarChart("a b\"", "t", "d", 0, List.of()));
    }
}
