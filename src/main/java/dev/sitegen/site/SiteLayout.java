package dev.sitegen.site;

import dev.sitegen.render.Theme;
import java.net.URI;
import java.util.Optional;

/**
 * The one place that maps the model to output paths and links. Paths are relative to the site root
 * and always name a file ({@code topics/x/index.html}), because directory URLs do not open from
 * {@code file://}; links between pages are relative, so the site works under any prefix
 * ({@code /repo/} on GitHub Pages, a custom domain, a local folder). The base URL, if set, is only
 * used for absolute URLs: canonical links, the sitemap and the feed.
 */
public final class SiteLayout {
    public static final String HOME = "index.html";
    public static final String TAG_INDEX = "tags/index.html";
    public static final String SEARCH = "search/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String FEED = "feed.xml";
    public static final String MAP = "map/index.html";
    public static final String STATS = "stats/index.html";
    public static final String READING_LIST = "reading-list/index.html";
    public static final String PAPERS_JSON = "papers.json";
    public static final String PAPERS_SCHEMA = "papers.schema.json";
    public static final String PAPERS_CSV = "papers.csv";

    private final Optional<String> baseUrl;

    public SiteLayout(Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    public String topic(String slug) {
        return "topics/" + segment(slug) + "/index.html";
    }

    public String tag(String slug) {
        return "tags/" + segment(slug) + "/index.html";
    }

    public String paper(String id) {
        return "papers/" + segment(id) + "/index.html";
    }

    /** Where a theme asset goes: the favicon at the root (browsers look there), the rest under {@code assets/}. */
    public String asset(String name) {
        return name.equals(Theme.FAVICON) ? name : "assets/" + name;
    }

    /** The percent-encoded path of a file relative to the site root, as stored by scripts that link back to it. */
    public String fromRoot(String toPath) {
        return encode(toPath);
    }

    /** A link from the page at {@code fromPath} to the file at {@code toPath}, both relative to the root. */
    public String href(String fromPath, String toPath) {
        return rootPrefix(fromPath) + encode(toPath);
    }

    /** What leads from the page at {@code fromPath} back to the site root: {@code ""}, {@code "../../"}. */
    public String rootPrefix(String fromPath) {
        return "../".repeat(depth(fromPath));
    }

    /** A link to {@code toPath} given the root prefix of the linking page (see {@link #rootPrefix}). */
    public String hrefFromRoot(String rootPrefix, String toPath) {
        return rootPrefix + encode(toPath);
    }

    /** The absolute URL of a path when a base URL is configured. */
    public Optional<String> absolute(String path) {
        return baseUrl.map(base -> base + encode(path));
    }

    /** The absolute URL if there is a base URL, else the path itself (relative to the site root). */
    public String absoluteOrRoot(String path) {
        return absolute(path).orElse(encode(path));
    }

    private static int depth(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /** Slugs and ids become one path segment; anything that could climb or split the path is refused. */
    private static String segment(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not usable as a path segment: '" + name + "'");
        }
        return name;
    }

    /** Percent-encodes each path segment so that non-ASCII slugs still make valid URLs. */
    private static String encode(String path) {
        if (isPlainPath(path)) {
            return path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a valid path: " + path, e);
        }
    }

    /** Letters, digits and {@code - _ . /} need no encoding; the URI parser is slow for the thousands of links. */
    private static boolean isPlainPath(String path) {
        if (path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '/')) {
                return false;
            }
        }
        return true;
    }
}
