package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.search.SynonymGroups;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds a fixture catalog into a directory with the packaged theme, and reads pages back with jsoup. */
final class SiteFixture {
    private SiteFixture() {}

    static BuildReport build(Catalog catalog, SiteConfig config, Path out) throws IOException {
        return build(catalog, config, Optional.empty(), out);
    }

    static BuildReport build(Catalog catalog, SiteConfig config, Optional<Path> theme, Path out) throws IOException {
        try (StagedOutput output = new StagedOutput(out, false, false)) {
            return new SiteBuilder(theme, new RichText(), StageListener.NONE).build(input(catalog), config, output);
        }
    }

    static SiteInput input(Catalog catalog) {
        return new SiteInput(catalog, List.of(), Optional.empty(), SynonymGroups.none(), List.of());
    }

    static Document page(Path out, String path) {
        try {
            return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
