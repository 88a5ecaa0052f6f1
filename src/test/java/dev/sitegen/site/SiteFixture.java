package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
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
    static final Templates TEMPLATES = Templates.open(Optional.empty());
    static final List<dev.sitegen.render.RenderedFile> ASSETS = ThemeAssets.read(Optional.empty());

    private SiteFixture() {
    }

    static BuildReport build(Catalog catalog, SiteConfig config, Path out) throws IOException {
        return new SiteBuilder(config, TEMPLATES, ASSETS, new RichText()).build(input(catalog), out);
    }

    static SiteInput input(Catalog catalog) {
        return new SiteInput(catalog, List.of(), Optional.empty());
    }

    static Document page(Path out, String path) {
        try {
            return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
