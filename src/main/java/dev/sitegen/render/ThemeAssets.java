package dev.sitegen.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The static files a site ships besides its pages: the theme's {@code assets/} folder and KaTeX
 * (script, stylesheet and woff2 fonts, copied from the WebJar so no page loads anything from another host).
 */
public final class ThemeAssets {
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

    private ThemeAssets() {}

    /**
     * The theme's assets, the rich-text math script ({@code math.js}), then KaTeX under {@code katex/}; paths
     * are relative to the assets folder ({@code site.css}, {@code katex/katex.min.js}), the site layout
     * decides where they go.
     */
    public static List<RenderedFile> read(Optional<Path> themeDir) {
        List<RenderedFile> files =
                new ArrayList<>(themeDir.map(dir -> ResourceTree.read(dir.resolve("assets"), "", name -> true))
                        .orElseGet(() -> ResourceTree.readClasspath("templates/assets", STYLESHEET, "", name -> true)));
        files.addAll(ResourceTree.readClasspath(MATH_SCRIPT_DIR, MATH_SCRIPT, "", name -> name.equals(MATH_SCRIPT)));
        files.addAll(ResourceTree.readClasspath(KATEX, "katex.min.js", "katex/", ThemeAssets::isKatexFile));
        return List.copyOf(files);
    }

    private static boolean isKatexFile(String name) {
        return name.equals("katex.min.js")
                || name.equals("katex.min.css")
                || name.startsWith("fonts/") && name.endsWith(".woff2");
    }
}
