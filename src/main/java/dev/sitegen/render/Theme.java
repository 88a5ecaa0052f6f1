package dev.sitegen.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A theme's parsed templates and its assets, read on first use and then held: a build reads them once, and
 * {@code serve} keeps one {@code Theme} while the theme's files are unchanged, so a content edit does not
 * parse every template and read KaTeX from the jar again. Thread-safe. Example:
 * {@code new Theme(Optional.empty()).templates()} opens the theme packaged in the jar.
 */
public final class Theme {
    /** Asset names pages refer to. */
    public static final String STYLESHEET = "site.css";

    public static final String FAVICON = "favicon.svg";
    public static final String SEARCH_SCRIPT = "search.js";
    public static final String SITE_SCRIPT = "site.js";
    public static final String MATH_SCRIPT = "math.js";
    public static final String KATEX_SCRIPT = "katex/katex.min.js";
    public static final String KATEX_STYLESHEET = "katex/katex.min.css";

    /** The KaTeX WebJar's files; the version is {@code katex.version} in pom.xml. */
    private static final String KATEX = "META-INF/resources/webjars/katex/0.18.11/dist";
    /** The rich-text stage ships the script that hands {@code .math} elements to KaTeX next to its classes. */
    private static final String MATH_SCRIPT_DIR = "dev/sitegen/text";

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

    /**
     * The static files a site ships besides its pages: the theme's {@code assets/} folder, the rich-text math
     * script ({@code math.js}), then KaTeX under {@code katex/} (script, stylesheet and woff2 fonts, copied from
     * the WebJar so no page loads anything from another host). Paths are relative to the assets folder
     * ({@code site.css}, {@code katex/katex.min.js}); the site layout decides where they go.
     */
    public synchronized List<RenderedFile> assets() {
        if (assets == null) {
            assets = readAssets(dir);
        }
        return assets;
    }

    private static List<RenderedFile> readAssets(Optional<Path> themeDir) {
        List<RenderedFile> files =
                new ArrayList<>(themeDir.map(dir -> ResourceTree.read(dir.resolve("assets"), "", name -> true))
                        .orElseGet(() -> ResourceTree.readClasspath("templates/assets", STYLESHEET, "", name -> true)));
        files.addAll(ResourceTree.readClasspath(MATH_SCRIPT_DIR, MATH_SCRIPT, "", name -> name.equals(MATH_SCRIPT)));
        files.addAll(ResourceTree.readClasspath(KATEX, "katex.min.js", "katex/", Theme::isKatexFile));
        return List.copyOf(files);
    }

    private static boolean isKatexFile(String name) {
        return name.equals("katex.min.js")
                || name.equals("katex.min.css")
                || name.startsWith("fonts/") && name.endsWith(".woff2");
    }
}
