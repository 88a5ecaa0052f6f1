package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import dev.sitegen.model.Paper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The last catalog's per-entry results, by digest entry, for a long-lived site ({@code serve}): each entry's
 * name scan, which depends on the entry alone, and its id, method name and title (before repeats are
 * numbered), which depend on the entry and the digest-wide name frequencies, so they stand for an equal entry
 * as long as the frequencies are equal too. After a maintainer edits one summary field, that is every other
 * paper. Also the tag forms (folds, slugs), which depend on nothing else, and the last build's papers.
 */
final class DeriveMemo {
    /** What one entry gave: its name scan and what was derived from it. */
    record Kept(CatalogBuilder.EntryNames names, CatalogBuilder.Derived derived) {
    }

    private final TagForms forms = new TagForms();
    private Map<String, Integer> frequency = Map.of();
    private Map<DigestEntry, Kept> byEntry = Map.of();
    private Map<String, Paper> papers = Map.of();

    /** Tag forms, valid for every build: they depend on the written form alone. */
    TagForms forms() {
        return forms;
    }

    /** What the last build kept for each of {@code entries}, in order; null for an entry it did not have. */
    synchronized List<Kept> kept(List<DigestEntry> entries) {
        Map<DigestEntry, Kept> last = byEntry;
        // Hashing an entry visits every field and list of it: once per entry, on both cores.
        return entries.parallelStream().map(last::get).toList();
    }

    /** Whether the last build saw these name frequencies, so its derived results stand. */
    synchronized boolean sameFrequency(Map<String, Integer> frequency) {
        return this.frequency.equals(frequency);
    }

    /**
     * {@code papers}, each replaced by the last build's paper object where that is equal: the pages compare
     * papers many times over (a paper page, its neighbours', its similar papers', list entries), and equal
     * records compare at once when they are the same object.
     */
    synchronized List<Paper> same(List<Paper> papers) {
        Map<String, Paper> last = this.papers;
        List<Paper> same = papers.stream().map(p -> {
            Paper before = last.get(p.id());
            return p.equals(before) ? before : p;
        }).toList();
        Map<String, Paper> byId = new HashMap<>();
        same.forEach(p -> byId.put(p.id(), p));
        this.papers = byId;
        return same;
    }

    synchronized void remember(Map<String, Integer> frequency, List<DigestEntry> entries,
            List<CatalogBuilder.EntryNames> names, List<CatalogBuilder.Derived> derived) {
        // Filled on both cores, like the lookups: hashing an entry visits every field and list of it.
        Map<DigestEntry, Kept> kept = new ConcurrentHashMap<>(entries.size() * 2);
        IntStream.range(0, entries.size()).parallel()
                .forEach(i -> kept.put(entries.get(i), new Kept(names.get(i), derived.get(i))));
        this.frequency = Map.copyOf(frequency);
        this.byEntry = kept;
    }
}
