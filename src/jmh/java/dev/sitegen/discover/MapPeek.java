package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the real digest's paper map to a file for looking at by eye; not a test. */
final class MapPeek {

    private MapPeek() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = RealDigest.load(1);
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        List<MapPoint> points = PaperMap.layout(
                vectors,
                SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS),
                PaperMapSvg.WIDTH,
                PaperMapSvg.HEIGHT,
                PaperMapSvg.MARGIN);
        String svg = PaperMapSvg.render(catalog, points, p -> "/papers/" + p.id() + "/");
        Files.writeString(Path.of(args[0]), svg, StandardCharsets.UTF_8);
    }
}
