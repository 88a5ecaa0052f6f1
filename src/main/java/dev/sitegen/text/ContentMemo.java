package dev.sitegen.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What pure functions made of the content, for builds that see the same content again: {@link RichText}'s
 * renderings of each source text, and the search index's term counts of each batch of documents ({@code
 * serve}). A result depends only on its input, so a remembered one is always right. Thread-safe. Example: {@code
 * new RichText(new ContentMemo())}; call {@link #nextGeneration} before each build.
 *
 * <p>Entries live for two generations: {@link #nextGeneration} starts a new one, and an entry not asked for
 * since the previous call is forgotten, so memory stays bounded by two builds' content.
 */
public final class ContentMemo {
    /** An input and which function was asked of it. */
    private record Key(String kind, Object source) {}

    private volatile Map<Key, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> previous = Map.of();

    /**
     * What {@code compute} makes of {@code source}, computed only when no build of this or the last generation asked
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

    /** Starts a build: what the build before the last one asked for and the last one did not is forgotten. */
    public synchronized void nextGeneration() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
