package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;

import java.util.List;
import java.util.Map;

/** Prints a sample of neighbours from the real digest, for reading by eye; not a test. */
final class RelatedPeek {

    private RelatedPeek() {
    }

    public static void main(String[] args) throws Exception {
        Catalog catalog = RealDigest.load(1);
        Map<String, Paper> byId = catalog.papersById();
        Map<String, List<Related>> related = RelatedPapers.compute(catalog, PaperText.joined(s -> s));
        List<Paper> papers = catalog.papers();
        int step = Integer.parseInt(args.length > 0 ? args[0] : "40");
        for (int i = 0; i < papers.size(); i += step) {
            Paper p = papers.get(i);
            System.out.println("== " + p.topic() + " | " + p.title() + " | " + p.tags().stream().map(t -> t.written()).toList());
            for (Related r : related.get(p.id())) {
                Paper q = byId.get(r.paperId());
                System.out.printf("   %.3f %s | %s | tags=%s terms=%s%n", r.score(), q.topic(), q.title(), r.sharedTags(), r.sharedTerms());
            }
        }
    }
}
