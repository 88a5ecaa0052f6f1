package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints the real digest's statistics and charts and writes its exports to a directory for looking at; not a test. */
final class StatsPeek {

    private StatsPeek() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = RealDigest.load(1);
        CatalogStats stats = CatalogStats.of(catalog, 15);
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (BarChart chart : List.of(stats.papersPerTopicChart(), stats.topTagsChart(), stats.tldrCoverageChart())) {
            System.out.println(chart.title() + ": " + chart.bars());
        }
        System.out.println("shared across topics: " + stats.sharedTags().size() + ", first: "
                + stats.sharedTags().subList(0, 5));
        Map<String, List<RelatedTag>> co = TagCooccurrence.compute(catalog, 5, 2);
        stats.topTags().subList(0, 8).forEach(t -> System.out.println("co " + t.name() + " -> " + co.get(t.slug())));
        Files.write(out.resolve("papers.json"), PapersExport.json(catalog));
        Files.write(out.resolve("papers.csv"), PapersExport.csv(catalog));
    }
}
