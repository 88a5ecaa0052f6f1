package dev.sitegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        List<String> terms = index.postings().keySet().stream().sorted().toList();
        List<String> encoded = terms.parallelStream().map(t -> codec.encode(t, index.postings(t))).toList();
        long chars = 0;
        for (int i = 0; i < terms.size(); i++) {
            chars += terms.get(i).length() + encoded.get(i).length() + 6;
        }
        ShardKey shardKey = new ShardKey((int) Math.max(1, Math.min(MAX_SHARDS, chars / SHARD_CHARS)));
        // Every shard gets a file, even an empty one: a query may hash to it and must find "no postings".
        List<Map<String, String>> shards = new ArrayList<>();
        for (int shard = 0; shard < shardKey.shards(); shard++) {
            shards.add(new LinkedHashMap<>());
        }
        Map<String, List<String>> lexicons = new TreeMap<>();
        // Terms are visited in sorted order, so every shard and lexicon comes out sorted too.
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            shards.get(shardKey.shardOf(term)).put(term, encoded.get(i));
            if (!Tokenizer.isHan(term.codePointAt(0)) && term.codePointCount(0, term.length()) >= TYPO_MIN_LENGTH) {
                lexicons.computeIfAbsent(lexiconKey(term), k -> new ArrayList<>()).add(term);
            }
        }
        Map<String, Object> contents = new HashMap<>();
        for (int shard = 0; shard < shards.size(); shard++) {
            contents.put("p/" + shard, shards.get(shard));
        }
        lexicons.forEach((key, words) -> contents.put("lex/" + key, String.join(" ", words)));
        List<SearchDocument> docs = index.docs();
        for (int start = 0; start < docs.size(); start += TEXT_CHUNK) {
            List<List<String>> texts = docs.subList(start, Math.min(docs.size(), start + TEXT_CHUNK)).stream()
                    .map(d -> List.of(d.fieldsText(), d.abstractText()))
                    .toList();
            contents.put("t/" + start / TEXT_CHUNK, texts);
        }
        CardFile cards = new CardFile();
        contents.put("docs", cards.facets(docs));
        for (int start = 0; start < docs.size(); start += CardFile.CHUNK) {
            contents.put("c/" + start / CardFile.CHUNK, cards.cards(docs.subList(start, Math.min(docs.size(), start + CardFile.CHUNK))));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", FORMAT_VERSION);
        meta.put("shards", shardKey.shards());
        meta.put("docs", docs.size());
        meta.put("textChunk", TEXT_CHUNK);
        meta.put("cardChunk", CardFile.CHUNK);
        meta.put("lex", new ArrayList<>(lexicons.keySet()));
        contents.put("meta", meta);
        Map<String, byte[]> files = contents.entrySet().parallelStream()
                .collect(Collectors.toMap(e -> "search/" + e.getKey() + ".js", e -> script(e.getKey(), e.getValue())));
        return new SearchIndex(files);
    }

    /** The lexicon a word is listed in: the hex code of its first code point. */
    static String lexiconKey(String term) {
        return Integer.toHexString(term.codePointAt(0));
    }

    private byte[] script(String name, Object value) {
        try {
            String script = "__sgSearch.add(" + json.writeValueAsString(name) + ","
                    + json.writeValueAsString(value) + ");\n";
            return script.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode search file " + name, e);
        }
    }
}
