package dev.sitegen.render;

import java.util.Objects;

/**
 * What a paper's reading-list button stores in the browser: the paper id, its plain title and its page's
 * path from the site root, so the reading-list page can link to it from any depth or prefix.
 */
public record Star(String id, String title, String path) {
    public Star {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
    }
}
