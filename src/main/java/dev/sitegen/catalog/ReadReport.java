package dev.sitegen.catalog;

import dev.sitegen.digest.DigestReading;
import dev.sitegen.digest.RepairKind;
import java.util.List;
import java.util.Map;

/**
 * What the read and catalog stages did, for the build log and a JSON report: papers in = published +
 * skipped, always. Jackson-serialisable as it is.
 */
public record ReadReport(
        int papersIn,
        int published,
        List<String> skipped,
        List<String> duplicates,
        Map<RepairKind, Integer> repairs,
        int rawTags,
        int caseFoldedTags,
        int canonicalTags,
        List<TagMerge> biggestMerges,
        List<JunkTag> junkTags,
        int titlesWithMethod,
        int warnings,
        int errors) {

    public ReadReport {
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        repairs = DigestReading.sorted(repairs);
        biggestMerges = List.copyOf(biggestMerges);
        junkTags = List.copyOf(junkTags);
    }

    /** One canonical tag that absorbed several spellings. */
    public record TagMerge(String name, int spellingCount, List<String> spellings) {
        public TagMerge {
            spellings = List.copyOf(spellings);
        }
    }

    /**
     * A tag given no page (too long, or only generic words) and where it is written; it stays out of the site
     * unless {@code tag-aliases.yml} names it.
     */
    public record JunkTag(String name, String reason, List<String> spellings, List<String> papers) {
        public JunkTag {
            spellings = List.copyOf(spellings);
            papers = List.copyOf(papers);
        }
    }
}
