package dev.sitegen.config;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a maintainer can set in {@code content/site.yml}. Every option has a default, so a content
 * directory without the file builds. {@code baseUrl} is absolute ({@code https://x.github.io/repo/})
 * and only used for canonical links, the sitemap and the feed; pages link to each other relatively.
 * {@code updated} is not read from the file: it is when the content last changed, the feed's
 * {@code <updated>}, which the build command finds out (empty: a fixed stamp, as in tests).
 */
public record SiteConfig(
        String title,
        String description,
        Optional<String> baseUrl,
        String language,
        Optional<String> repositoryUrl,
        Map<String, String> topicSlugs,
        Optional<Instant> updated) {

    public SiteConfig {
        topicSlugs = Map.copyOf(topicSlugs);
        baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    public static SiteConfig defaults() {
        return new SiteConfig(
                "Paper Digest",
                "A searchable digest of papers.",
                Optional.empty(),
                "zh-CN",
                Optional.empty(),
                Map.of(),
                Optional.empty());
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, Optional.of(url), language, repositoryUrl, topicSlugs, updated);
    }

    public SiteConfig withUpdated(Instant time) {
        return new SiteConfig(title, description, baseUrl, language, repositoryUrl, topicSlugs, Optional.of(time));
    }
}
