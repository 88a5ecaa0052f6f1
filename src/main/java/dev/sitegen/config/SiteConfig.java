package dev.sitegen.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a maintainer can set in {@code content/site.yml}. Every option has a default, so a content
 * directory without the file builds. {@code baseUrl} is absolute ({@code https://x.github.io/repo/})
 * and only used for canonical links, the sitemap and the feed; pages link to each other relatively.
 */
public record SiteConfig(
        String title,
        String description,
        Optional<String> baseUrl,
        String language,
        Optional<String> repositoryUrl,
        Map<String, String> topicSlugs) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(repositoryUrl, "repositoryUrl");
        topicSlugs = Map.copyOf(topicSlugs);
        baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Paper Digest", "A searchable digest of papers.", Optional.empty(), "zh-CN",
                Optional.empty(), Map.of());
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, Optional.of(url), language, repositoryUrl, topicSlugs);
    }
}
