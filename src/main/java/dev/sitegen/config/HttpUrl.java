package dev.sitegen.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a configured address before it reaches a page: only an absolute {@code http(s)} URL with a host
 * may become a link, so {@code javascript:…} or a value that breaks out of an attribute never does.
 */
public final class HttpUrl {
    private HttpUrl() {}

    /** Why {@code url} is not an absolute http(s) URL, or empty if it is one. */
    public static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a valid URL (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("it does not start with https:// or http://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("it has no host name after " + scheme + "://");
        }
        return Optional.empty();
    }
}
