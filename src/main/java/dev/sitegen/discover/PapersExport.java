package dev.sitegen.discover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data downloads: {@code papers.json} (the whole model, shaped by {@link #schema()}),
 * {@code papers.schema.json}, and {@code papers.csv} (see {@link #csv}). Returns bytes; the
 * site stage writes them. Text fields carry the digest's source text (Markdown and LaTeX as
 * written), so nothing is lost.
 */
public final class PapersExport {

    /** Bumped whenever a field changes meaning or disappears; adding fields keeps it. */
    public static final int VERSION = 1;

    static final String SCHEMA_RESOURCE = "papers.schema.json";

    // one immutable, thread-safe writer: ObjectWriter is Jackson's configured-once object
    private static final ObjectWriter JSON = new ObjectMapper()
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .writer();

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";
    /** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_START = "=+-@\t\r";

    // Not STRICT_CHECK_FOR_QUOTING: with a CRLF record separator it leaves a bare LF unquoted (Jackson 2.19).
    // The default quotes a long cell even when it need not, which RFC 4180 allows.
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator(CRLF);

    private PapersExport() {}

    /** {@code papers.json}: UTF-8, compact, papers in catalog order. */
    public static byte[] json(Catalog catalog) {
        Map<String, Tag> tags = catalog.tagsBySlug();
        List<ExportedPaper> papers =
                catalog.papers().stream().map(p -> ExportedPaper.of(p, tags)).toList();
        try {
            return JSON.writeValueAsBytes(new ExportedCatalog(SCHEMA_RESOURCE, VERSION, papers.size(), papers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise papers.json: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code papers.schema.json}: the JSON Schema (draft 2020-12) that {@link #json} follows. */
    public static byte[] schema() {
        // the schema is packaged beside this class, so the resource is always there
        try (InputStream in = PapersExport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + SCHEMA_RESOURCE, e);
        }
    }

    /**
     * {@code papers.csv}: one row per paper, one column per summary-field label found in the catalog (labels come
     * from the digest, so the columns do too). Written with Jackson's CSV module as RFC 4180: CRLF between records,
     * fields quoted when they hold a comma, quote, CR or LF (and long ones), quotes doubled. Starts with a byte-order
     * mark, without which Excel reads UTF-8 as the local code page and garbles the Chinese text. Lists (tags,
     * abstract paragraphs) are joined with {@code "; "} and blank lines. A cell a spreadsheet would take for a
     * formula gets a leading apostrophe ({@link #neutralised}).
     */
    public static byte[] csv(Catalog catalog) {
        Set<String> labels = new LinkedHashSet<>();
        catalog.papers().forEach(p -> p.fields().forEach(f -> labels.add(f.label())));
        Map<String, Tag> tags = catalog.tagsBySlug();
        List<String> header =
                new ArrayList<>(List.of("id", "title", "method", "area", "topic", "tags", "tags_written", "tldr"));
        header.addAll(labels);
        header.addAll(List.of("abstract", "source_file", "source_line"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Paper paper : catalog.papers()) {
            List<String> row = new ArrayList<>(List.of(
                    paper.id(),
                    paper.title(),
                    paper.method().orElse(""),
                    paper.area(),
                    paper.topic(),
                    String.join(
                            "; ",
                            paper.tags().stream()
                                    .map(TagRef::slug)
                                    .distinct()
                                    .map(s -> tags.containsKey(s) ? tags.get(s).name() : s)
                                    .toList()),
                    String.join("; ", paper.tags().stream().map(TagRef::written).toList()),
                    paper.tldr().orElse("")));
            for (String label : labels) {
                row.add(paper.field(label).map(SummaryField::text).orElse(""));
            }
            row.add(String.join("\n\n", paper.abstractParagraphs()));
            row.add(paper.source().file());
            row.add(Integer.toString(paper.source().line()));
            rows.add(row);
        }
        return (BOM + rows(rows)).getBytes(StandardCharsets.UTF_8);
    }

    /** The records, cells neutralised, each ended by CRLF. */
    static String rows(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writer(ROWS).writeValues(out)) {
            for (List<String> row : rows) {
                writer.write(row.stream().map(PapersExport::neutralised).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write papers.csv", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * OWASP's guidance for CSV injection: a cell starting with {@code = + - @}, TAB or CR is prefixed with an
     * apostrophe, which spreadsheets show as text and do not display; the text itself is kept.
     */
    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The top level of papers.json. */
    record ExportedCatalog(
            @JsonProperty("$schema") String schema, int version, int count, List<ExportedPaper> papers) {}

    /** One paper as exported; Optional fields become null so every key is always present. */
    record ExportedPaper(
            String id,
            String title,
            String method,
            String area,
            String topic,
            List<ExportedTag> tags,
            String tldr,
            List<ExportedField> fields,
            List<String> abstractParagraphs,
            ExportedSource source) {

        static ExportedPaper of(Paper paper, Map<String, Tag> tags) {
            return new ExportedPaper(
                    paper.id(),
                    paper.title(),
                    paper.method().orElse(null),
                    paper.area(),
                    paper.topic(),
                    paper.tags().stream()
                            .map(t -> new ExportedTag(
                                    t.written(),
                                    t.slug(),
                                    tags.containsKey(t.slug())
                                            ? tags.get(t.slug()).name()
                                            : t.written()))
                            .toList(),
                    paper.tldr().orElse(null),
                    paper.fields().stream()
                            .map(f -> new ExportedField(f.icon(), f.label(), f.text()))
                            .toList(),
                    paper.abstractParagraphs(),
                    new ExportedSource(paper.source().file(), paper.source().line()));
        }
    }

    /** A tag as written by the paper, with its canonical slug and display name. */
    record ExportedTag(String written, String slug, String name) {}

    /** A labelled summary field. */
    record ExportedField(String icon, String label, String text) {}

    /** Where the paper starts in the digest. */
    record ExportedSource(String file, int line) {}
}
