package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {

    private final SearchIndex index =
            new SearchIndexBuilder(Optional.empty()).build(Fixtures.smallCorpus(), SynonymGroups.none());

    private JsonNode data(String path) throws Exception {
        String script = new String(index.files().get(path), StandardCharsets.UTF_8);
        String name = path.substring("search/".length(), path.length() - ".js".length());
        String prefix = "__sgSearch.add(\"" + name + "\",";
        assertTrue(script.startsWith(prefix) && script.endsWith(");\n"), script);
        return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 3));
    }

    @Test
    void writesEveryFileUnderSearchAsARegisteringScript() throws Exception {
        assertTrue(index.files().keySet().stream().allMatch(p -> p.startsWith("search/") && p.endsWith(".js")));
        assertEquals(5, data("search/meta.js").get("docs").asInt());
    }

    @Test
    void putsEachTermInTheShardItsKeyHashesTo() throws Exception {
        JsonNode meta = data("search/meta.js");
        ShardKey key = new ShardKey(meta.get("shards").asInt());
        assertTrue(data("search/p/" + key.shardOf("guardspace") + ".js").has("guardspace"));
        assertTrue(data("search/p/" + key.shardOf("对齐") + ".js").has("对齐"));
    }

    @Test
    void writesEveryShardEvenWhenEmpty() throws Exception {
        int shards = data("search/meta.js").get("shards").asInt();
        for (int shard = 0; shard < shards; shard++) {
            assertTrue(index.files().containsKey("search/p/" + shard + ".js"), "shard " + shard);
        }
    }

    @Test
    void keepsResultCardsInChunksWithUrlTitleAndSourceLine() throws Exception {
        JsonNode card = data("search/c/0.js").get(0);
        assertEquals("title-hit", card.get(0).asText());
        assertEquals("papers/title-hit/index.html", card.get(1).asText());
        assertEquals("GuardSpace keeps safety", card.get(2).asText());
        assertEquals(1, card.get(4).asInt());
    }

    @Test
    void listsTopicsAndSharedTagsForFilters() throws Exception {
        JsonNode docs = data("search/docs.js");
        assertEquals("推理与思维链", docs.get("topics").get(0).asText());
        assertEquals("llm", docs.get("tags").get(0).get(0).asText());
        assertEquals(0, docs.get("docs").get(4).get(1).get(0).asInt());
    }

    @Test
    void listsLongWordsInTheLexiconOfTheirFirstLetter() throws Exception {
        assertTrue(data("search/lex/67.js").asText().contains("guardspace"));
    }

    @Test
    void buildsTheSameBytesTwice() {
        SearchIndex again =
                new SearchIndexBuilder(Optional.empty()).build(Fixtures.smallCorpus(), SynonymGroups.none());
        assertEquals(index.files().keySet(), again.files().keySet());
        index.files()
                .forEach((path, bytes) -> assertArrayEquals(bytes, again.files().get(path), path));
    }

    @Test
    void buildsAnIndexOfNoDocuments() throws Exception {
        SearchIndex empty = new SearchIndexBuilder(Optional.empty()).build(java.util.List.of(), SynonymGroups.none());
        assertTrue(empty.files().containsKey("search/p/0.js"));
        assertEquals(
                0,
                new ObjectMapper()
                        .readTree(new String(empty.files().get("search/meta.js"), StandardCharsets.UTF_8)
                                .replaceAll("^__sgSearch.add\\(\"meta\",|\\);\n$", ""))
                        .get("docs")
                        .asInt());
    }
}
