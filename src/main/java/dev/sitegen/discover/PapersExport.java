package dev.sitegen.discover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The data downloads: {@code papers.json} (the whole model, shaped by {@link #schema()}),
 * {@code papers.schema.json}, and {@code papers.csv} (see {@link PapersCsv}). Returns bytes; the
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
        try (InputStream in = PapersExport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource " + SCHEMA_RESOURCE + " missing next to " + PapersExport.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + SCHEMA_RESOURCE, e);
        }
    }

    /** {@code papers.csv}: one row per paper, RFC 4180, UTF-8 with a byte-order mark for Excel. */
    public static byte[] csv(Catalog catalog) {
        return PapersCsv.write(catalog).getBytes(StandardCharsets.UTF_8);
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
