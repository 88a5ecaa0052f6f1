package dev.sitegen.catalog;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestEntry;
import dev.sitegen.digest.DigestReading;
import dev.sitegen.digest.SkippedEntry;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The catalog stage: read entries → the immutable {@link Catalog}, with stable ids, derived titles and
 * method names, canonical tags and topic slugs. A paper whose abstract repeats an earlier one is
 * published once and reported. Example: {@code new CatalogBuilder().build(reading, config, aliases, pins)}.
 */
public final class CatalogBuilder {
    private static final int MERGES_SHOWN = 10;
    private static final int SCAN_BATCH = 1024;

    /** The catalog, with maintainer-pinned titles in place of derived ones; a pin for no paper is an error. */
    public CatalogResult build(DigestReading reading, SiteConfig config, TagAliases aliases, TitlePins pins) {
        List<Diagnostic> diagnostics = new ArrayList<>(reading.diagnostics());
        List<String> skipped = new ArrayList<>();
        for (SkippedEntry s : reading.skipped()) {
            skipped.add(s.source() + ": " + s.reason());
        }
        // Entries are scanned in parallel, a batch at a time (a batch's token sets are all held at once),
        // and the counts merged in entry order.
        Acronyms acronyms = new Acronyms();
        Map<String, Integer> tokenFrequency = new HashMap<>();
        List<String> abstracts = new ArrayList<>(reading.entries().size());
        List<DigestEntry> entries = reading.entries();
        for (int from = 0; from < entries.size(); from += SCAN_BATCH) {
            List<EntryNames> names = IntStream.range(from, Math.min(entries.size(), from + SCAN_BATCH))
                    .parallel()
                    .mapToObj(i -> EntryNames.of(entries.get(i)))
                    .toList();
            for (EntryNames entry : names) {
                abstracts.add(entry.abstractText());
                acronyms.learn(entry.acronyms());
                // How many papers mention a token is its frequency: each paper's tokens are a set.
                entry.tokens().forEach(token -> tokenFrequency.merge(token, 1, Integer::sum));
            }
        }
        Titles titles = new Titles();
        CanonicalTags tags = new CanonicalTags(acronyms, aliases);
        List<Derived> derived = derive(entries, abstracts, tokenFrequency, titles, pins);
        Set<String> ids = new HashSet<>();
        derived.forEach(d -> ids.add(d.id()));
        pins.byId().forEach((id, pin) -> {
            if (!ids.contains(id)) {
                diagnostics.add(Diagnostic.error(
                        pin.source(),
                        "no paper has the id '" + id + "' (its abstract changed "
                                + "or it was removed); delete the line or use the id of the paper's page"));
            }
        });
        Map<String, SourceLocation> firstById = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<PaperDraft> drafts = new ArrayList<>();
        for (int i = 0; i < reading.entries().size(); i++) {
            DigestEntry entry = reading.entries().get(i);
            String id = derived.get(i).id();
            SourceLocation first = firstById.putIfAbsent(id, entry.source());
            if (first != null) {
                String message = "this paper repeats the paper at " + first + " (same abstract); it is published "
                        + "once. Delete one of the two entries.";
                diagnostics.add(Diagnostic.warning(entry.source(), message));
                duplicates.add(entry.source() + ": duplicate of " + first);
                skipped.add(entry.source() + ": " + message);
                continue;
            }
            entry.tags().forEach(t -> tags.add(id, t));
            drafts.add(new PaperDraft(id, derived.get(i).title(), derived.get(i).method(), entry));
        }
        List<Tag> tagList = tags.tags();
        List<Paper> papers = drafts.stream().map(d -> d.paper(tags)).toList();
        Catalog catalog = CatalogLayout.arrange(papers, tagList, config);
        ReadReport report = new ReadReport(
                reading.entriesIn(),
                papers.size(),
                skipped,
                duplicates,
                reading.repairs(),
                tags.rawDistinct(),
                tags.caseFoldedDistinct(),
                tagList.size(),
                merges(tagList),
                junk(tags, drafts),
                (int) papers.stream().filter(p -> p.method().isPresent()).count(),
                count(diagnostics, Severity.WARNING),
                count(diagnostics, Severity.ERROR));
        return new CatalogResult(catalog, diagnostics, report);
    }

    /**
     * Id, method name and title of every entry, in entry order. Each depends only on its own entry and the
     * frequencies learnt beforehand, so they are derived in parallel: this is most of the stage's work. Only
     * numbering repeated titles depends on the papers before, so it runs afterwards, in entry order.
     */
    private List<Derived> derive(
            List<DigestEntry> entries,
            List<String> abstracts,
            Map<String, Integer> frequency,
            Titles titles,
            TitlePins pins) {
        MethodNames methods = new MethodNames(frequency);
        List<Derived> bases = IntStream.range(0, entries.size())
                .parallel()
                .mapToObj(i -> {
                    Optional<String> method = methods.find(entries.get(i), abstracts.get(i));
                    return new Derived(
                            PaperId.of(abstracts.get(i)),
                            method,
                            titles.base(entries.get(i), abstracts.get(i), method));
                })
                .toList();
        return bases.stream()
                .map(d -> new Derived(
                        d.id(),
                        d.method(),
                        titles.unique(
                                pins.byId().containsKey(d.id())
                                        ? pins.byId().get(d.id()).title()
                                        : d.title())))
                .toList();
    }

    /**
     * One entry's abstract, its "Long Form (ACRO)" spellings (abstract, then tags) and its name-like tokens: what
     * the entry alone contributes to the digest-wide name frequencies, so entries are scanned in parallel.
     */
    record EntryNames(String abstractText, List<Acronyms.Spelling> acronyms, Set<String> tokens) {
        static EntryNames of(DigestEntry entry) {
            String text = entry.abstractText();
            List<Acronyms.Spelling> acronyms = new ArrayList<>(Acronyms.spellings(text));
            entry.tags().forEach(t -> acronyms.addAll(Acronyms.spellings(t)));
            Set<String> tokens = new LinkedHashSet<>();
            TokenFrequency.collect(text, tokens);
            entry.tldr().ifPresent(t -> TokenFrequency.collect(t, tokens));
            return new EntryNames(text, acronyms, tokens);
        }
    }

    /** What {@link #derive} finds for one entry; a duplicate's is computed and then dropped. */
    record Derived(String id, Optional<String> method, String title) {}

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The junk tags with the digest lines of the papers that wrote them. */
    private static List<ReadReport.JunkTag> junk(CanonicalTags tags, List<PaperDraft> drafts) {
        Map<String, String> sourceById = new HashMap<>();
        drafts.forEach(d -> sourceById.put(d.id(), d.entry().source().toString()));
        return tags.junk().stream()
                .map(j -> new ReadReport.JunkTag(
                        j.name(),
                        j.reason(),
                        j.spellings(),
                        j.papers().stream().map(sourceById::get).toList()))
                .toList();
    }

    private static List<ReadReport.TagMerge> merges(List<Tag> tags) {
        return tags.stream()
                .filter(t -> t.spellings().size() > 1)
                .sorted(Comparator.<Tag>comparingInt(t -> -t.spellings().size())
                        .thenComparing(t -> -t.count())
                        .thenComparing(Tag::name))
                .limit(MERGES_SHOWN)
                .map(t -> new ReadReport.TagMerge(t.name(), t.spellings().size(), t.spellings()))
                .toList();
    }
}
