package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Throwaway: builds the real digest with a rough line-based reader (not the project's digest stage)
 * to eyeball a full-size site and time rendering. {@code java ... RoughDigestBuild content out}.
 */
final class RoughDigestBuild {
    private RoughDigestBuild() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path content = Path.of(args[0]);
        SiteConfig config = new SiteConfigReader().read(content);
        List<String> lines = Files.readAllLines(content.resolve("iclr2026-llm.txt"));
        Catalogs.Builder builder = null;
        String topic = null;
        int n = 0;
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (!lines.get(i + 2).startsWith("#") || lines.get(i).startsWith("#")) {
                continue;
            }
            if (builder == null) {
                builder = new Catalogs.Builder(lines.get(i));
            }
            if (!lines.get(i + 1).equals(topic)) {
                topic = lines.get(i + 1);
                builder.topic(config.topicSlugs().getOrDefault(topic, "t" + n), topic);
            }
            int j = i + 3;
            while (j < lines.size() && !lines.get(j).startsWith("查看完整摘要")) {
                j++;
            }
            StringBuilder abs = new StringBuilder();
            for (int k = j + 1; k < lines.size() && !(k + 2 < lines.size() && lines.get(k + 2).startsWith("#")
                    && !lines.get(k).startsWith("#")); k++) {
                abs.append(lines.get(k)).append(' ');
            }
            String[] tags = lines.get(i + 2).substring(1).split(" #");
            String a = abs.toString().strip();
            String title = a.length() > 60 ? a.substring(0, 60) : a;
            builder.paper(String.format(Locale.ROOT, "%08x", a.hashCode()) + n++, title, null, a, tags);
        }
        Catalog catalog = builder.catalog();
        long read = System.nanoTime();
        BuildReport report = SiteFixture.build(catalog, config, Path.of(args[1]));
        System.out.printf("read %d ms; built %d papers, %d topics, %d tags, %d pages in %d ms (render %d ms)%n",
                (read - start) / 1_000_000, report.papers(), report.topics(), report.tags(), report.pages(),
                (System.nanoTime() - read) / 1_000_000, report.renderMillis());
    }
}
