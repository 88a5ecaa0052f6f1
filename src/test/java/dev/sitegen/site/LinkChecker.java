package dev.sitegen.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site: parses every {@code .html} below a directory and reports each relative
 * {@code href}/{@code src} that does not resolve to an existing file, and each fragment that names
 * no element id. Absolute links ({@code https:}, {@code mailto:}) are outbound and not followed.
 * Reusable on any output directory: {@code LinkChecker.check(Path.of("site-out"))}.
 */
public final class LinkChecker {
    private final Path root;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    private LinkChecker(Path root) {
        this.root = root;
    }

    /** Prints every broken link below the given directory and exits with 1 if there is any. */
    public static void main(String[] args) {
        List<String> broken = check(Path.of(args.length > 0 ? args[0] : "site-out"));
        broken.forEach(System.out::println);
        System.out.println(broken.size() + " broken links");
        System.exit(broken.isEmpty() ? 0 : 1);
    }

    /** Every broken link as {@code page: attribute=value}; empty when the site is sound. */
    public static List<String> check(Path siteDir) {
        return new LinkChecker(siteDir.toAbsolutePath().normalize()).run();
    }

    private List<String> run() {
        Path siteDir = root;
        List<String> broken = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(siteDir)) {
            for (Path page :
                    walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                idsByPage.put(page, ids(doc));
                for (Element el : doc.select("[href], [src]")) {
                    String attr = el.hasAttr("href") ? "href" : "src";
                    String value = el.attr(attr);
                    if (!resolves(page, value)) {
                        broken.add(siteDir.relativize(page) + ": " + attr + "=" + value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check links below " + siteDir, e);
        }
        return broken;
    }

    private boolean resolves(Path page, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.isAbsolute() || value.startsWith("//")) {
            return Set.of("http", "https", "mailto").contains(uri.getScheme());
        }
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            return uri.getFragment() == null || idsByPage.get(page).contains(uri.getFragment());
        }
        if (path.startsWith("/")) {
            return false;
        }
        Path target = page.getParent().resolve(path).normalize();
        return target.startsWith(root) && Files.isRegularFile(target) && fragmentExists(target, uri.getFragment());
    }

    private boolean fragmentExists(Path target, String fragment) {
        if (fragment == null || !target.toString().endsWith(".html")) {
            return true;
        }
        return idsByPage
                .computeIfAbsent(target, t -> {
                    try {
                        return ids(Jsoup.parse(t.toFile(), "UTF-8"));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + t, e);
                    }
                })
                .contains(fragment);
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(el -> ids.add(el.id()));
        return ids;
    }
}
