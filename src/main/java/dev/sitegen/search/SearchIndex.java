package dev.sitegen.search;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built search index as files: paths relative to the site root (all under {@code search/}) to
 * bytes, for the site writer to write. Every file is a script {@code __sgSearch.add("name", json);} so
 * the browser can load it with a {@code <script>} element, which works from {@code file://} too.
 */
public record SearchIndex(Map<String, byte[]> files) {
    public SearchIndex {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
