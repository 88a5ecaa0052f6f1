package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code papers.csv}: one row per paper, one column per summary-field label found in the catalog
 * (labels come from the digest, so the columns do too). RFC 4180: CRLF between records, fields
 * quoted when they hold a comma, quote, CR or LF, quotes doubled. Starts with a byte-order mark,
 * without which Excel reads UTF-8 as the local code page and garbles the Chinese text. Lists
 * (tags, abstract paragraphs) are joined with {@code "; "} and blank lines.
 */
final class PapersCsv {

    static final String BOM = "\uFEFF";
    static final String CRLF = "\r\n";

    private PapersCsv() {
    }

    static String write(Catalog catalog) {
        Set<String> labels = new LinkedHashSet<>();
        catalog.papers().forEach(p -> p.fields().forEach(f -> labels.add(f.label())));
        Map<String, Tag> tags = catalog.tagsBySlug();
        List<String> header = new ArrayList<>(List.of("id", "title", "method", "area", "topic", "tags", "tags_written", "tldr"));
        header.addAll(labels);
        header.addAll(List.of("abstract", "source_file", "source_line"));
        StringBuilder csv = new StringBuilder(BOM);
        appendRow(csv, header);
        for (Paper paper : catalog.papers()) {
            List<String> row = new ArrayList<>(List.of(paper.id(), paper.title(), paper.method().orElse(""),
                    paper.area(), paper.topic(),
                    String.join("; ", paper.tags().stream().map(TagRef::slug).distinct()
                            .map(s -> tags.containsKey(s) ? tags.get(s).name() : s).toList()),
                    String.join("; ", paper.tags().stream().map(TagRef::written).toList()),
                    paper.tldr().orElse("")));
            for (String label : labels) {
                row.add(paper.field(label).map(SummaryField::text).orElse(""));
            }
            row.add(String.join("\n\n", paper.abstractParagraphs()));
            row.add(paper.source().file());
            row.add(Integer.toString(paper.source().line()));
            appendRow(csv, row);
        }
        return csv.toString();
    }

    private static void appendRow(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append(CRLF);
    }

    static String quote(String cell) {
        boolean needsQuotes = cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
