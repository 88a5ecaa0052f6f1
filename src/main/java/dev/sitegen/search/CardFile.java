package dev.sitegen.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two result-list files. {@code docs.js}, needed for every query, holds what filters and counts
 * need: topic names, the tags of at least {@link #FACET_MIN_PAPERS} papers as {@code [slug, name]},
 * and per document {@code [topic index, [tag indexes]]}. {@code c/<chunk>.js} holds the cards of
 * {@link #CHUNK} documents, {@code [id, url, title, short TL;DR, source line]}, fetched only for the
 * results on screen.
 */
final class CardFile {

    static final int CHUNK = 4;
    static final int FACET_MIN_PAPERS = 2;
    static final int TLDR_LENGTH = 90;

    Map<String, Object> facets(List<SearchDocument> docs) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        Map<String, Integer> paperCount = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SearchDocument doc : docs) {
            topics.putIfAbsent(doc.topic(), topics.size());
            doc.tags().stream().map(SearchTag::slug).distinct().forEach(s -> paperCount.merge(s, 1, Integer::sum));
            doc.tags().forEach(t -> names.putIfAbsent(t.slug(), t.name()));
        }
        Map<String, Integer> tagIndex = new LinkedHashMap<>();
        List<List<String>> tags = new ArrayList<>();
        paperCount.forEach((slug, count) -> {
            if (count >= FACET_MIN_PAPERS) {
                tagIndex.put(slug, tags.size());
                tags.add(List.of(slug, names.get(slug)));
            }
        });
        List<List<Object>> perDoc = new ArrayList<>();
        for (SearchDocument doc : docs) {
            List<Integer> docTags = doc.tags().stream()
                    .map(t -> tagIndex.get(t.slug()))
                    .filter(i -> i != null)
                    .distinct()
                    .toList();
            perDoc.add(List.of(topics.get(doc.topic()), docTags));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("topics", new ArrayList<>(topics.keySet()));
        file.put("tags", tags);
        file.put("docs", perDoc);
        return file;
    }

    List<List<Object>> cards(List<SearchDocument> chunk) {
        return chunk.stream()
                .map(d -> List.<Object>of(d.id(), d.url(), d.title(), shortTldr(d), d.sourceLine()))
                .toList();
    }

    private static String shortTldr(SearchDocument doc) {
        String text = doc.tldr().orElse(doc.fieldsText()).strip();
        int cps = text.codePointCount(0, text.length());
        if (cps <= TLDR_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, TLDR_LENGTH)) + "…";
    }
}
