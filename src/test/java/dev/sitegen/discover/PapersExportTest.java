package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PapersExportTest {

    private final Catalog catalog = CatalogFixture.catalog();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void jsonFollowsItsSchema() throws Exception {
        JsonNode schema = mapper.readTree(PapersExport.schema());
        JsonNode json = mapper.readTree(PapersExport.json(catalog));
        assertEquals(List.of(), JsonShape.violations(schema, json));
        assertEquals(catalog.papers().size(), json.get("count").asInt());
        assertEquals("papers.schema.json", json.get("$schema").asText());
    }

    @Test
    void schemaCheckCatchesAMissingField() throws Exception {
        JsonNode schema = mapper.readTree(PapersExport.schema());
        JsonNode json = mapper.readTree(PapersExport.json(catalog));
        ((ObjectNode) json.get("papers").get(0)).remove("tldr");
        assertEquals(List.of("$.papers[0]: missing required tldr"), JsonShape.violations(schema, json));
    }

    @Test
    void jsonCarriesTheWholePaper() throws Exception {
        JsonNode cot = mapper.readTree(PapersExport.json(catalog)).get("papers").get(5);
        Paper paper = catalog.papersById().get("cot");
        assertEquals("cot", cot.get("id").asText());
        assertTrue(cot.get("tldr").isNull());
        assertTrue(cot.get("method").isNull());
        assertEquals("思维链", cot.get("tags").get(1).get("written").asText());
        assertEquals(
                paper.fields().get(1).text(),
                cot.get("fields").get(1).get("text").asText());
        assertEquals(
                paper.abstractParagraphs().get(0),
                cot.get("abstractParagraphs").get(0).asText());
        assertEquals(paper.source().line(), cot.get("source").get("line").asInt());
    }

    @Test
    void csvStartsWithByteOrderMarkAndUsesCrlf() {
        byte[] csv = PapersExport.csv(catalog);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith(
                        "\uFEFFid,title,method,area,topic,tags,tags_written,tldr,研究动机,主要方法,abstract,source_file,source_line\r\n"));
    }

    @Test
    void csvRoundTripsEveryCellIncludingQuotesCommasAndNewlines() {
        String text = new String(PapersExport.csv(catalog), java.nio.charset.StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = Rfc4180.parse(text);
        assertEquals(catalog.papers().size() + 1, rows.size());
        List<String> header = rows.get(0);
        for (int i = 0; i < catalog.papers().size(); i++) {
            Paper paper = catalog.papers().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(header.size(), row.size());
            assertEquals(paper.id(), row.get(header.indexOf("id")));
            assertEquals(paper.title(), row.get(header.indexOf("title")));
            assertEquals(paper.tldr().orElse(""), row.get(header.indexOf("tldr")));
            assertEquals(String.join("\n\n", paper.abstractParagraphs()), row.get(header.indexOf("abstract")));
            assertEquals(paper.fields().get(1).text(), row.get(header.indexOf("主要方法")));
        }
        assertEquals(CatalogFixture.NASTY_TITLE, rows.get(7).get(1));
    }

    @Test
    void quotesOnlyCellsThatNeedIt() {
        assertEquals("plain\r\n", PapersExport.rows(List.of(List.of("plain"))));
        assertEquals("\"a,b\"\r\n", PapersExport.rows(List.of(List.of("a,b"))));
        assertEquals("\"say \"\"hi\"\"\"\r\n", PapersExport.rows(List.of(List.of("say \"hi\""))));
        assertEquals("\"two\r\nlines\"\r\n", PapersExport.rows(List.of(List.of("two\r\nlines"))));
        assertEquals("思维链,\"a\nb\"\r\n", PapersExport.rows(List.of(List.of("思维链", "a\nb"))));
    }

    /** Issue 13, case 9: a cell a spreadsheet would run as a formula is neutralised (OWASP CSV injection). */
    @Test
    void neutralisesCellsThatSpreadsheetsReadAsFormulas() {
        String csv = PapersExport.rows(
                List.of(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tcmd", "plain - dash = fine")));
        assertEquals(
                List.of(List.of(
                        "'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tcmd", "plain - dash = fine")),
                Rfc4180.parse(csv));
    }

    @Test
    void exportsTheSameBytesTwice() {
        assertArrayEquals(PapersExport.json(catalog), PapersExport.json(catalog));
        assertArrayEquals(PapersExport.csv(catalog), PapersExport.csv(catalog));
    }
}
