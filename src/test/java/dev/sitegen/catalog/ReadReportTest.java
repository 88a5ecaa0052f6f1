package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReadReportTest {
    @Test
    void serialisesToJsonWithCountsAndRepairs() throws IOException {
        ReadReport report = CatalogBuilderTest.build("sample.txt", CatalogBuilderTest.fixture("real-sample-20.txt"))
                .report();
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
        assertEquals(20, json.get("papersIn").asInt());
        assertEquals(20, json.get("published").asInt());
        assertTrue(json.get("repairs").get("WRAP_JOINED").asInt() > 0);
        assertTrue(json.get("biggestMerges").isArray());
        assertEquals(report.titlesWithMethod(), json.get("titlesWithMethod").asInt());
    }
}
