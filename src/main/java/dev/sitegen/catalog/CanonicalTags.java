package dev.sitegen.catalog;

import dev.sitegen.catalog.ReadReport.JunkTag;
import dev.sitegen.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds every written tag into one canonical tag per concept: {@link TagFolding} folding, the alias file,
 * then learned acronyms ({@code LLM} → {@code large language model}, also inside a longer tag). The display
 * name is chosen by {@link TagNames#display}; junk tags get no page ({@link #junk}); slugs are readable ASCII, unique, and assigned in
 * count order so the common tags keep the plain slug.
 */
final class CanonicalTags {
    private final Acronyms acronyms;
    private final Map<String, String> aliases;
    private final Map<String, String> keyByWritten = new HashMap<>();
    private final List<Added> added = new ArrayList<>();
    /** Plain fold → fold with acronyms spelled out, where some spelling showed the two are one tag. */
    private Map<String, String> spelledOut = Map.of();

    private final Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
    private final Map<String, Set<String>> papers = new LinkedHashMap<>();
    private Map<String, String> slugByKey;
    private List<JunkTag> junk = List.of();

    CanonicalTags(Acronyms acronyms, TagAliases aliases) {
        this.acronyms = acronyms;
        this.aliases = aliases.foldedMap();
    }

    private record Added(String paperId, String written) {}

    /** Records a tag as one paper wrote it; tags are grouped when {@link #tags} is called, once all are known. */
    void add(String paperId, String written) {
        added.add(new Added(paperId, written));
    }

    /**
     * Groups every added spelling under its key. {@code Embodied AI} spells its acronym out and {@code embodied
     * ai} cannot (lower case), so first each plain fold learns the spelled-out key any of its spellings has, then
     * every spelling of that plain fold takes it.
     */
    private void group() {
        Map<String, String> plainByWritten = new HashMap<>();
        Map<String, String> learnt = new HashMap<>();
        spelledOut = Map.of();
        keyByWritten.clear();
        for (Added a : added) {
            String written = a.written();
            if (!plainByWritten.containsKey(written)) {
                String plain = TagFolding.fold(written);
                String expanded = keyOf(written, plain);
                if (!expanded.equals(resolve(plain))) {
                    learnt.putIfAbsent(plain, expanded);
                }
                plainByWritten.put(written, plain);
                keyByWritten.put(written, expanded);
            }
        }
        spelledOut = learnt;
        // keyOf reads spelledOut only for a learnt fold, so only those spellings' keys change.
        plainByWritten.forEach((written, plain) -> {
            if (learnt.containsKey(plain)) {
                keyByWritten.put(written, keyOf(written, plain));
            }
        });
        spellings.clear();
        papers.clear();
        for (Added a : added) {
            String key = key(a.written());
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(a.written(), 1, Integer::sum);
            papers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.paperId());
        }
    }

    String key(String written) {
        return keyByWritten.computeIfAbsent(written, w -> keyOf(w, TagFolding.fold(w)));
    }

    /**
     * The alias file speaks first; otherwise acronym words inside a longer tag are spelled out, so
     * {@code LLM Agents} meets {@code Large Language Model Agents} (a lone acronym is expanded by {@link #resolve}).
     * {@code folded} is {@code written}'s {@link TagFolding#fold}.
     */
    private String keyOf(String written, String folded) {
        if (aliases.containsKey(folded) || folded.indexOf(' ') < 0) {
            return resolve(folded);
        }
        String learnt = spelledOut.get(folded);
        if (learnt != null) {
            return learnt;
        }
        String prepared = TagFolding.prepared(written);
        String expanded = TagFolding.expandAcronyms(prepared, acronyms::expand);
        return resolve(expanded.equals(prepared) ? folded : TagFolding.fold(expanded));
    }

    private String resolve(String key) {
        String k = key;
        for (int hop = 0; hop < 3; hop++) {
            String next = aliases.get(k);
            if (next == null && k.indexOf(' ') < 0) {
                next = acronyms.expand(k);
            }
            if (next == null || next.equals(k)) {
                return k;
            }
            k = next;
        }
        return k;
    }

    /** Canonical tags, most used first, without {@link #junk}; call after every {@link #add}. */
    List<Tag> tags() {
        group();
        List<String> keys = new ArrayList<>(spellings.keySet());
        Map<String, String> names = new HashMap<>();
        spellings.forEach((key, counts) -> names.put(key, TagNames.display(counts)));
        junk = new ArrayList<>();
        keys.removeIf(key -> {
            Optional<String> reason = TagNames.junk(names.get(key));
            if (reason.isEmpty() || keptByAlias(key)) {
                return false;
            }
            junk.add(new JunkTag(names.get(key), reason.get(), spellingsOf(key), List.copyOf(papers.get(key))));
            return true;
        });
        junk.sort(Comparator.comparingInt((JunkTag j) -> -j.papers().size()).thenComparing(JunkTag::name));
        keys.sort(Comparator.<String>comparingInt(k -> -papers.get(k).size()).thenComparing(k -> k));
        slugByKey = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Tag> tags = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<String> written = spellingsOf(key);
            String name = names.get(key);
            String base = Slugs.of(name, "tag");
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugByKey.put(key, slug);
            tags.add(new Tag(slug, name, written, List.copyOf(papers.get(key))));
        }
        tags.sort(Comparator.comparingInt(Tag::count).reversed().thenComparing(Tag::name));
        return tags;
    }

    /** The slug of the tag {@code written} folds into; null when that tag is junk and has no page. */
    String slug(String written) {
        return slugByKey.get(key(written));
    }

    /** The tags {@link #tags} left out, most used first, with the ids of the papers that wrote them. */
    List<JunkTag> junk() {
        return List.copyOf(junk);
    }

    /** Whether the alias file names this tag, as canonical or as a spelling: then it is wanted, however it reads. */
    private boolean keptByAlias(String key) {
        return aliases.containsValue(key)
                || spellings.get(key).keySet().stream().anyMatch(w -> aliases.containsKey(TagFolding.fold(w)));
    }

    List<String> spellingsOf(String key) {
        List<Map.Entry<String, Integer>> entries =
                new ArrayList<>(spellings.get(key).entrySet());
        entries.sort(
                Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    int rawDistinct() {
        return (int) added.stream().map(Added::written).distinct().count();
    }

    int caseFoldedDistinct() {
        Set<String> folded = new HashSet<>();
        added.forEach(a -> folded.add(a.written().toLowerCase(Locale.ROOT)));
        return folded.size();
    }
}
