package dev.sitegen.site;

import dev.sitegen.catalog.CatalogBuilder;
import dev.sitegen.catalog.CatalogResult;
import dev.sitegen.catalog.TagAliases;
import dev.sitegen.catalog.TitlePins;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import java.nio.file.Path;
import java.util.Optional;

/** The read → catalog stages for a content directory: digest files, tag aliases and title pins in, a {@link SiteInput} out. */
public final class ContentReader {
    private final DigestReader reader;
    private final CatalogBuilder catalogBuilder;

    /** A reader for one build. */
    public ContentReader() {
        this(new DigestReader(), new CatalogBuilder());
    }

    private ContentReader(DigestReader reader, CatalogBuilder catalogBuilder) {
        this.reader = reader;
        this.catalogBuilder = catalogBuilder;
    }

    /**
     * A reader for a long-lived site ({@code serve}): unchanged entries are not read again and unchanged
     * papers keep their derived ids, titles and method names ({@link DigestReader#remembering()},
     * {@link CatalogBuilder#remembering()}).
     */
    public static ContentReader remembering() {
        return new ContentReader(DigestReader.remembering(), CatalogBuilder.remembering());
    }

    public SiteInput read(Path contentDir, SiteConfig config) throws ConfigException {
        TagAliases aliases = TagAliases.load(contentDir);
        TitlePins pins = TitlePins.load(contentDir);
        DigestReading reading = reader.read(contentDir);
        CatalogResult result = catalogBuilder.build(reading, config, aliases, pins);
        return new SiteInput(result.catalog(), result.diagnostics(), Optional.of(result.report()));
    }
}
