package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper map on the real digest (issue 18): neighbours kept together, regions named by distinct tags. */
class MapLayoutRealDigestTest {

    /**
     * The share of each paper's 10 nearest dots among its 10 most similar papers: 0.08 with the principal
     * components alone, 0.34 with the neighbour layout when this test was written. Below this, a change has
     * lost most of what the layout gained.
     */
    static final double SHARE_FLOOR = 0.30;

    static Catalog catalog;
    static TermVectors vectors;
    static SimilarityGraph graph;
    static List<MapPoint> points;

    @BeforeAll
    static void layOut() throws Exception {
        catalog = RealDigest.load(1);
        vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        graph = SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS);
        points = PaperMap.layout(vectors, graph, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN);
    }

    @Test
    void keepsEachPapersMostSimilarPapersAmongItsNearestDots() {
        double share = NeighbourShare.mean(points, graph, 10);
        assertTrue(share >= SHARE_FLOOR, "share " + share + " below the floor " + SHARE_FLOOR);
        double before = NeighbourShare.mean(
                PaperMap.projection(vectors, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN), graph, 10);
        assertTrue(share > 3 * before, "layout " + share + " against the projection's " + before);
    }

    @Test
    void isTheSameOnEveryRun() {
        assertEquals(
                points, PaperMap.layout(vectors, graph, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN));
    }

    @Test
    void namesRegionsByDistinctTagsThatAreNotEverywhere() {
        List<MapRegion> regions = MapRegions.of(catalog, points);
        assertTrue(regions.size() >= 8, regions.toString());
        Map<String, Tag> tags = catalog.tags().stream().collect(Collectors.toMap(Tag::name, t -> t, (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (MapRegion region : regions) {
            for (String name : region.names()) {
                assertTrue(seen.add(name), "named twice: " + name);
                assertTrue(tags.get(name).count() <= MapRegions.COMMON_TAG * points.size(), name);
            }
            assertTrue(region.x() >= 0 && region.x() <= PaperMapSvg.WIDTH, region.toString());
            assertTrue(region.y() >= 0 && region.y() <= PaperMapSvg.HEIGHT, region.toString());
        }
        assertEquals(regions, MapRegions.of(catalog, points));
    }

    @Test
    void leavesNoSecondNameThatRepeatsTheFirst() {
        for (MapRegion region : MapRegions.of(catalog, points)) {
            if (region.names().size() == 2) {
                assertFalse(
                        MapRegions.sameConcept(
                                region.names().get(0), region.names().get(1)),
                        region.toString());
            }
        }
    }
}
