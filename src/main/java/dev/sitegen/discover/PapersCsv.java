package dev.sitegen.discover;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code papers.csv}: one row per paper, one column per summary-field label found in the catalog
 * (labels come from the digest, so the columns do too). Written with Jackson's CSV module as RFC 4180: CRLF
 * between records, fields quoted when they hold a comma, quote, CR or LF (and long ones), quotes doubled. Starts with a
 * byte-order mark, without which Excel reads UTF-8 as the local code page and garbles the Chinese text. Lists
 * (tags, abstract paragraphs) are joined with {@code "; "} and blank lines. A cell a spreadsheet would take
 * for a formula gets a leading apostrophe ({@link #neutralised}).
 */
final class PapersCsv {

    static final String BOM = "\uFEFF";
    static final String CRLF = "\r\n";
    /** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_START = "=+-@\t\r";

    // Not STRICT_CHECK_FOR_QUOTING: with a CRLF record separator it leaves a bare LF unquoted (Jackson 2.19).
    // The default quotes a long cell even when it need not, which RFC 4180 allows.
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator(CRLF);

    private PapersCsv() {}

    static String write(Catalog catalog) {
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
        return BOM + rows(rows);
    }

    /** The records, cells neutralised, each ended by CRLF. */
    static String rows(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writer(ROWS).writeValues(out)) {
            for (List<String> row : rows) {
                writer.write(row.stream().map(PapersCsv::neutralised).toArray(String[]::new));
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
}
