package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import java.util.List;
import java.util.Map;

/**
 * Prints a sample of neighbours from the real digest with each paper's TL;DR (or problem statement), for
 * judging by eye whether they are related; not a test. Arguments: step between sampled papers (default 40).
 */
final class RelatedPeek {

    private RelatedPeek() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = RealDigest.load(1);
        Map<String, Paper> byId = catalog.papersById();
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        Map<String, List<Related>> related =
                RelatedPapers.compute(catalog, vectors, SimilarityGraph.of(vectors, RelatedPapers.NEIGHBOURS));
        List<Paper> papers = catalog.papers();
        int step = Integer.parseInt(args.length > 0 ? args[0] : "40");
        for (int i = 0; i < papers.size(); i += step) {
            Paper p = papers.get(i);
            System.out.println("== " + p.id() + " | " + p.title() + " :: " + gist(p));
            for (Related r : related.get(p.id())) {
                Paper q = byId.get(r.paperId());
                System.out.printf(
                        "   %.3f %s | %s :: %s%n      tags=%s terms=%s%n",
                        r.score(), q.id(), q.title(), gist(q), r.sharedTags(), r.sharedTerms());
            }
        }
    }

    private static String gist(Paper p) {
        String text = p.tldr()
                .filter(t -> !t.isBlank())
                .or(() -> p.field("解决问题").map(SummaryField::text))
                .orElse("");
        return text.length() > 160 ? text.substring(0, 160) : text;
    }
}
