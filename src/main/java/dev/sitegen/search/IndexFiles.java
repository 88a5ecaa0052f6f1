package dev.sitegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Encodes an {@link InvertedIndex} as the files {@code search.js} loads, all under {@code search/}:
 * <ul>
 *   <li>{@code meta.js} — format version, shard count, document count, text chunk size, lexicon keys;</li>
 *   <li>{@code docs.js} and {@code c/<chunk>.js} — filters and result cards, see {@link CardFile};</li>
 *   <li>{@code p/<shard>.js} — term → {@link PostingCodec postings}, sharded by {@link ShardKey};</li>
 *   <li>{@code lex/<hex of first code point>.js} — words of four or more characters, for typo matching;</li>
 *   <li>{@code t/<chunk>.js} — summary and abstract text of {@code chunk} documents, for snippets.</li>
 * </ul>
 */
public final class IndexFiles {

    static final int FORMAT_VERSION = 1;
    static final int TEXT_CHUNK = 4;
    static final int TYPO_MIN_LENGTH = 4;

    /** Aim for postings shards of about this many characters, so a query fetches little. */
    static final int SHARD_CHARS = 8192;
    static final int MAX_SHARDS = 1024;

    private final ObjectMapper json;
    private final PostingCodec codec = new PostingCodec();

    public IndexFiles(ObjectMapper json) {
        this.json = json;
    }

    public SearchIndex encode(InvertedIndex index) {
        Map<String, String> encoded = new TreeMap<>();
        index.postings().forEach((term, postings) -> encoded.put(term, codec.encode(term, postings)));
        long chars = encoded.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length() + 6).sum();
        ShardKey shardKey = new ShardKey((int) Math.max(1, Math.min(MAX_SHARDS, chars / SHARD_CHARS)));
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Map<String, String>> shards = new TreeMap<>();
        // Every shard gets a file, even an empty one: a query may hash to it and must find "no postings".
        for (int shard = 0; shard < shardKey.shards(); shard++) {
            shards.put("p/" + shard, new TreeMap<>());
        }
        Map<String, TreeSet<String>> lexicons = new TreeMap<>();
        encoded.forEach((term, postings) -> {
            shards.get("p/" + shardKey.shardOf(term)).put(term, postings);
            if (!Tokenizer.isHan(term.codePointAt(0)) && term.codePointCount(0, term.length()) >= TYPO_MIN_LENGTH) {
                lexicons.computeIfAbsent(lexiconKey(term), k -> new TreeSet<>()).add(term);
            }
        });
        shards.forEach((name, terms) -> put(files, name, terms));
        lexicons.forEach((key, terms) -> put(files, "lex/" + key, String.join(" ", terms)));
        List<SearchDocument> docs = index.docs();
        for (int start = 0; start < docs.size(); start += TEXT_CHUNK) {
            List<List<String>> texts = docs.subList(start, Math.min(docs.size(), start + TEXT_CHUNK)).stream()
                    .map(d -> List.of(d.fieldsText(), d.abstractText()))
                    .toList();
            put(files, "t/" + start / TEXT_CHUNK, texts);
        }
        CardFile cards = new CardFile();
        put(files, "docs", cards.facets(docs));
        for (int start = 0; start < docs.size(); start += CardFile.CHUNK) {
            put(files, "c/" + start / CardFile.CHUNK, cards.cards(docs.subList(start, Math.min(docs.size(), start + CardFile.CHUNK))));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", FORMAT_VERSION);
        meta.put("shards", shardKey.shards());
        meta.put("docs", docs.size());
        meta.put("textChunk", TEXT_CHUNK);
        meta.put("cardChunk", CardFile.CHUNK);
        meta.put("lex", new ArrayList<>(lexicons.keySet()));
        put(files, "meta", meta);
        return new SearchIndex(files);
    }

    /** The lexicon a word is listed in: the hex code of its first code point. */
    static String lexiconKey(String term) {
        return Integer.toHexString(term.codePointAt(0));
    }

    private void put(Map<String, byte[]> files, String name, Object value) {
        try {
            String script = "__sgSearch.add(" + json.writeValueAsString(name) + ","
                    + json.writeValueAsString(value) + ");\n";
            files.put("search/" + name + ".js", script.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode search file " + name, e);
        }
    }
}
