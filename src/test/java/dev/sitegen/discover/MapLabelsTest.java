package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MapLabelsTest {

    private static final Pattern LINE = Pattern.compile("<tspan x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>([^<]*)</tspan>");

    @Test
    void movesOrDropsLabelsSoNoneOverlap() {
        List<MapRegion> regions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // all asking for nearly the same spot
            regions.add(new MapRegion(List.of("Region name " + i, "second line"), 500 + i, 300));
        }
        String svg = MapLabels.svg(regions, 1000, 640, 12);
        List<double[]> boxes = new ArrayList<>();
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            double w = MapLabels.width(m.group(3));
            double x = Double.parseDouble(m.group(1));
            double baseline = Double.parseDouble(m.group(2));
            boxes.add(new double[] {x - w / 2, baseline - 0.8 * MapLabels.FONT_SIZE, w, MapLabels.LINE_HEIGHT - 0.5
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
        String svg = MapLabels.svg(List.of(new MapRegion(List.of("<script>&"), 995, 2)), 1000, 640, 12);
        assertTrue(svg.contains("&lt;script&gt;&amp;"), svg);
        Matcher m = LINE.matcher(svg);
        assertTrue(m.find());
        double x = Double.parseDouble(m.group(1));
        assertTrue(x + MapLabels.width("<script>&") / 2 <= 1000 - 12, svg);
        assertTrue(Double.parseDouble(m.group(2)) - 0.8 * MapLabels.FONT_SIZE >= 12, svg);
    }

    @Test
    void drawsNothingWithoutRegions() {
        assertEquals("", MapLabels.svg(List.of(), 1000, 640, 12));
    }

    @Test
    void countsHanCharactersWiderThanLatinOnes() {
        assertTrue(MapLabels.width("推理") > MapLabels.width("ab"));
    }
}
