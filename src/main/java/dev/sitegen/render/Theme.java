package dev.sitegen.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A theme's parsed templates and its assets, read on first use and then held: a build reads them once, and
 * {@code serve} keeps one {@code Theme} while the theme's files are unchanged, so a content edit does not
 * parse every template and read KaTeX from the jar again. Thread-safe. Example:
 * {@code new Theme(Optional.empty()).templates()} opens the theme packaged in the jar.
 */
public final class Theme {
    private final Optional<Path> dir;
    private Templates templates;
    private List<RenderedFile> assets;

    /** @param dir the theme's directory, or empty for the theme packaged in the jar */
    public Theme(Optional<Path> dir) {
        this.dir = dir;
    }

    public synchronized Templates templates() {
        if (templates == null) {
            templates = Templates.open(dir);
        }
        return templates;
    }

    /** See {@link ThemeAssets#read}. */
    public synchronized List<RenderedFile> assets() {
        if (assets == null) {
            assets = ThemeAssets.read(dir);
        }
        return assets;
    }
}
