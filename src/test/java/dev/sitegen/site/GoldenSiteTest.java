package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small fixture site, byte for byte, against {@code src/test/resources/golden/small/} (copied
 * assets and the timed build report left out). After an intended template change, regenerate with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/small");

    @TempDir
    Path tmp;

    @Test
    void smallSiteMatchesTheGoldenFiles() throws IOException {
        Path out = tmp.resolve("site-out");
        SiteFixture.build(Catalogs.small(), SiteConfig.defaults().withBaseUrl("https://example.org/digest/"), out);
        Map<String, String> actual = files(out);
        if (Boolean.getBoolean("golden.update")) {
            replaceGolden(actual);
        }
        Map<String, String> expected = files(GOLDEN);
        assertEquals(expected.keySet(), actual.keySet(), "missing or extra files");
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("assets/") && !isSearchData(rel)) {
                    files.put(rel, Files.readString(f));
                }
            }
        }
        return files;
    }

    /** The search index files are pinned by the search tests; the goldens hold the pages. */
    private static boolean isSearchData(String rel) {
        return rel.startsWith("search/") && rel.endsWith(".js");
    }

    private static void replaceGolden(Map<String, String> files) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> walk = Files.walk(GOLDEN)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (var e : files.entrySet()) {
            Path target = GOLDEN.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue());
        }
    }
}
