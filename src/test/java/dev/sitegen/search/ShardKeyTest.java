package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ShardKeyTest {

    @Test
    void placesEveryCompletionOfAPrefixInThePrefixShard() {
        ShardKey key = new ShardKey(241);
        assertEquals(key.shardOf("gua"), key.shardOf("guardspace"));
        assertEquals(key.shardOf("安"), key.shardOf("安全"));
    }

    @Test
    void hashesLikeTheJavaScriptEngine() throws Exception {
        JsonNode golden;
        try (InputStream in = ShardKeyTest.class.getResourceAsStream("/search/shard-golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        ShardKey key = new ShardKey(golden.get("shards").asInt());
        golden.get("terms")
                .properties()
                .forEach(e -> assertEquals(e.getValue().asInt(), key.shardOf(e.getKey()), e.getKey()));
    }
}
