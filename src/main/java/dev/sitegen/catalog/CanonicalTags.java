package dev.sitegen.catalog;

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
import java.util.Set;

/**
 * Folds every written tag into one canonical tag per concept: {@link TagKey} folding, the alias file,
 * then learned acronyms ({@code LLM} → {@code large language model}). The display name is the most
 * common spelling (ties: the lexicographically first); slugs are readable ASCII, unique, and assigned in
 * count order so the common tags keep the plain slug.
 */
final class CanonicalTags {
    private final Acronyms acronyms;
    private final Map<String, String> aliases;
    private final Map<String, String> keyByWritten = new HashMap<>();
    private final Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
    private final Map<String, Set<String>> papers = new LinkedHashMap<>();
    private Map<String, String> slugByKey;

    CanonicalTags(Acronyms acronyms, TagAliases aliases) {
        this.acronyms = acronyms;
        this.aliases = aliases.foldedMap();
    }

    void add(String paperId, String written) {
        String key = key(written);
        spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(written, 1, Integer::sum);
        papers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(paperId);
    }

    String key(String written) {
        return keyByWritten.computeIfAbsent(written, w -> resolve(TagKey.fold(w)));
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

    /** Canonical tags, most used first; call after every {@link #add}. */
    List<Tag> tags() {
        List<String> keys = new ArrayList<>(spellings.keySet());
        keys.sort(Comparator.<String>comparingInt(k -> -papers.get(k).size()).thenComparing(k -> k));
        slugByKey = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Tag> tags = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<String> written = spellingsOf(key);
            String base = Slugs.of(written.get(0), "tag");
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugByKey.put(key, slug);
            tags.add(new Tag(slug, written.get(0), written, List.copyOf(papers.get(key))));
        }
        tags.sort(Comparator.comparingInt(Tag::count).reversed().thenComparing(Tag::name));
        return tags;
    }

    String slug(String written) {
        return slugByKey.get(key(written));
    }

    List<String> spellingsOf(String key) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(spellings.get(key).entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    int rawDistinct() {
        return keyByWritten.size();
    }

    int caseFoldedDistinct() {
        Set<String> folded = new HashSet<>();
        keyByWritten.keySet().forEach(w -> folded.add(w.toLowerCase(Locale.ROOT)));
        return folded.size();
    }
}
