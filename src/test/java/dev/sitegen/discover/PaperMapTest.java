package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperMapTest {

    private final Catalog catalog = CatalogFixture.catalog();

    private List<MapPoint> layout() {
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        return PaperMap.layout(vectors, SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS), 400, 300, 10);
    }

    @Test
    void placesEveryPaperInsideTheMargins() {
        List<MapPoint> points = layout();
        assertEquals(
                catalog.papers().stream().map(p -> p.id()).toList(),
                points.stream().map(MapPoint::paperId).toList());
        points.forEach(p -> {
            assertTrue(p.x() >= 10 && p.x() <= 390, p.toString());
            assertTrue(p.y() >= 10 && p.y() <= 290, p.toString());
        });
    }

    @Test
    void isDeterministicAcrossRuns() {
        assertEquals(layout(), layout());
    }

    @Test
    void roundsCoordinatesToOneDecimal() {
        layout().forEach(p -> {
            assertEquals(p.x(), Math.round(p.x() * 10) / 10.0);
            assertEquals(p.y(), Math.round(p.y() * 10) / 10.0);
        });
    }

    @Test
    void putsNearDuplicatesCloserThanUnrelatedPapers() {
        Map<String, MapPoint> byId =
                layout().stream().collect(java.util.stream.Collectors.toMap(MapPoint::paperId, p -> p));
        assertTrue(
                distance(byId.get("lora-a"), byId.get("lora-b")) < distance(byId.get("lora-a"), byId.get("rl-math")));
    }

    private static double distance(MapPoint a, MapPoint b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
