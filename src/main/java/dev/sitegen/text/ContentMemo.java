package dev.sitegen.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What pure functions made of the content, for builds that see the same content again: {@link RichText}'s
 * renderings of each source text, and the search index's term counts of each batch of documents ({@code
 * serve}). A result depends only on its input, so a memoized one is always right. Thread-safe. Example: {@code
 * new RichText(new ContentMemo())}; call {@link #startBuild} before each build.
 *
 * <p>{@link #startBuild} drops every entry the last build did not ask for, so memory stays bounded by two builds'
 * content.
 */
public final class ContentMemo {
    /** An input and which function was asked of it. */
    private record Key(String kind, Object source) {}

    private volatile Map<Key, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> previous = Map.of();

    /**
     * What {@code compute} makes of {@code source}, computed only when neither this build nor the last one asked
     * {@code kind} of an equal source.
     */
    @SuppressWarnings("unchecked")
    public <K, V> V get(String kind, K source, Function<K, V> compute) {
        Key key = new Key(kind, source);
        Map<Key, Object> now = current;
        Object value = now.get(key);
        if (value == null) {
            Object earlier = previous.get(key);
            // The function is pure, so two threads racing on one source compute equal values; either may win.
            Object made = earlier != null ? earlier : compute.apply(source);
            Object raced = now.putIfAbsent(key, made);
            value = raced != null ? raced : made;
        }
        return (V) value;
    }

    /** Starts a build: what the last build did not ask for is dropped. */
    public synchronized void startBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
