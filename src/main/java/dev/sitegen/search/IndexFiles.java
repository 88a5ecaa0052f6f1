package dev.sitegen.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Encodes an {@link InvertedIndex} as the files {@code search.js} loads, all under {@code search/}:
 * <ul>
 *   <li>{@code meta.js} — format version, shard counts, document count, chunk sizes, lexicon keys;</li>
 *   <li>{@code docs.js} and {@code c/<chunk>.js} — filters and result cards, see {@link CardFile};</li>
 *   <li>{@code p/<shard>.js} — term → {@link PostingCodec postings}, sharded by {@link ShardKey};</li>
 *   <li>{@code lex/<hex of first code point>.js} — words of four or more characters, for typo matching;</li>
 *   <li>{@code t/<chunk>.js} — summary and abstract text of {@code chunk} documents, for snippets and
 *       exact phrases;</li>
 *   <li>{@code s/<shard>.js} — {@link SynonymTable synonyms}: phrase key → phrases it also searches,
 *       sharded by {@link ShardKey} of the key's first part.</li>
 * </ul>
 */
public final class IndexFiles {

    static final int FORMAT_VERSION = 1;
    static final int TEXT_CHUNK = 2;
    static final int TYPO_MIN_LENGTH = 4;

    /** Aim for postings shards of about this many characters, so a query fetches little. */
    static final int SHARD_CHARS = 4096;

    static final int MAX_SHARDS = 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final PostingCodec codec = new PostingCodec();

    /** The JSON value of one file, written straight to its generator. */
    private interface Content {
        void write(JsonGenerator out) throws IOException;
    }

    public SearchIndex encode(InvertedIndex index, SynonymTable synonyms) {
        int terms = index.termCount();
        String[] postings = IntStream.range(0, terms)
                .parallel()
                .mapToObj(t -> codec.encode(index, t))
                .toArray(String[]::new);
        long chars = IntStream.range(0, terms)
                .mapToLong(t -> index.term(t).length() + postings[t].length() + 6)
                .sum();
        ShardKey shardKey = shardKey(chars);
        Map<String, Content> contents = new LinkedHashMap<>();
        // The index keeps terms sorted and they are visited in order, so every shard and lexicon comes out
        // sorted too. Every shard gets a file, even an empty one: a query may hash to it and must find
        // "no postings".
        List<int[]> shards = shardTerms(index, shardKey);
        for (int shard = 0; shard < shards.size(); shard++) {
            int[] shardTerms = shards.get(shard);
            contents.put("p/" + shard, out -> writeShard(index, postings, shardTerms, out));
        }
        Map<String, List<String>> lexicons = new TreeMap<>();
        for (int t = 0; t < terms; t++) {
            String term = index.term(t);
            // Stems and phrases are no words a reader typed: they stay out of typo matching and did-you-mean.
            if (!Tokenizer.isHan(term.codePointAt(0))
                    && term.charAt(0) != Tokenizer.STEM_MARK
                    && term.charAt(0) != PhraseTerms.MARK
                    && term.codePointCount(0, term.length()) >= TYPO_MIN_LENGTH) {
                // A word's lexicon is named by the hex code of its first code point.
                lexicons.computeIfAbsent(Integer.toHexString(term.codePointAt(0)), k -> new ArrayList<>())
                        .add(term);
            }
        }
        lexicons.forEach((key, words) -> contents.put("lex/" + key, value(String.join(" ", words))));
        List<SearchDocument> docs = index.docs();
        for (int start = 0; start < docs.size(); start += TEXT_CHUNK) {
            List<List<String>> texts = docs.subList(start, Math.min(docs.size(), start + TEXT_CHUNK)).stream()
                    .map(d -> List.of(d.fieldsText(), d.abstractText()))
                    .toList();
            contents.put("t/" + start / TEXT_CHUNK, value(texts));
        }
        CardFile cards = new CardFile();
        contents.put("docs", value(cards.facets(docs)));
        for (int start = 0; start < docs.size(); start += CardFile.CHUNK) {
            List<SearchDocument> chunk = docs.subList(start, Math.min(docs.size(), start + CardFile.CHUNK));
            contents.put("c/" + start / CardFile.CHUNK, value(cards.cards(chunk)));
        }
        ShardKey synonymKey = shardKey(synonyms.chars());
        List<Map<String, List<String>>> synonymShards = synonyms.shards(synonymKey);
        for (int shard = 0; shard < synonymShards.size(); shard++) {
            contents.put("s/" + shard, value(synonymShards.get(shard)));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", FORMAT_VERSION);
        meta.put("shards", shardKey.shards());
        meta.put("docs", docs.size());
        meta.put("textChunk", TEXT_CHUNK);
        meta.put("cardChunk", CardFile.CHUNK);
        meta.put("lex", new ArrayList<>(lexicons.keySet()));
        meta.put("synonymShards", synonymKey.shards());
        contents.put("meta", value(meta));
        // A list splits evenly between workers; a linked map's entry set does not.
        Map<String, byte[]> files = new ArrayList<>(contents.entrySet())
                .parallelStream()
                        .collect(Collectors.toMap(
                                e -> "search/" + e.getKey() + ".js", e -> script(e.getKey(), e.getValue())));
        return new SearchIndex(files);
    }

    /** Enough shards, at most {@link #MAX_SHARDS}, for files of about {@link #SHARD_CHARS} out of {@code chars}. */
    private static ShardKey shardKey(long chars) {
        return new ShardKey((int) Math.max(1, Math.min(MAX_SHARDS, chars / SHARD_CHARS)));
    }

    /** The terms of each shard, ascending, by a stable counting sort of the (sorted) terms on their shard. */
    private static List<int[]> shardTerms(InvertedIndex index, ShardKey shardKey) {
        int[] shardOf = IntStream.range(0, index.termCount())
                .parallel()
                .map(t -> shardKey.shardOf(index.term(t)))
                .toArray();
        int[] sizes = new int[shardKey.shards()];
        for (int shard : shardOf) {
            sizes[shard]++;
        }
        List<int[]> shards = new ArrayList<>();
        for (int size : sizes) {
            shards.add(new int[size]);
        }
        int[] filled = new int[sizes.length];
        for (int t = 0; t < shardOf.length; t++) {
            shards.get(shardOf[t])[filled[shardOf[t]]++] = t;
        }
        return shards;
    }

    private static void writeShard(InvertedIndex index, String[] postings, int[] terms, JsonGenerator out)
            throws IOException {
        out.writeStartObject();
        for (int t : terms) {
            out.writeFieldName(index.term(t));
            out.writeString(postings[t]);
        }
        out.writeEndObject();
    }

    private Content value(Object value) {
        return out -> json.writeValue(out, value);
    }

    private byte[] script(String name, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bytes.writeBytes(
                    ("__sgSearch.add(" + json.writeValueAsString(name) + ",").getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator out = json.createGenerator(bytes, JsonEncoding.UTF8)) {
                content.write(out);
            }
            bytes.writeBytes(");\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode search file " + name, e);
        }
        return bytes.toByteArray();
    }
}
