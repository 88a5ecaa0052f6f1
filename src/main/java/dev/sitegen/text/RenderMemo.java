package dev.sitegen.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What {@link RichText} made of each source text, for a site that renders the same texts build after build
 * ({@code serve}): rendering is a pure function of the source, so a remembered result is always right.
 * Thread-safe. Example: {@code new RichText(new RenderMemo())}; call {@link #nextGeneration} before each build.
 *
 * <p>Entries live for two generations: {@link #nextGeneration} starts a new one, and an entry not asked for
 * since the previous call is forgotten, so memory stays bounded by two builds' texts.
 */
public final class RenderMemo {
    /** A source and which of {@link RichText}'s renderings was asked of it. */
    private record Key(String kind, Object source) {}

    private volatile Map<Key, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> previous = Map.of();

    @SuppressWarnings("unchecked")
    <K, V> V get(String kind, K source, Function<K, V> render) {
        Key key = new Key(kind, source);
        Map<Key, Object> now = current;
        Object value = now.get(key);
        if (value == null) {
            Object earlier = previous.get(key);
            // Rendering is pure, so two threads racing on one source compute equal values; either may win.
            Object made = earlier != null ? earlier : render.apply(source);
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

    int size() {
        return current.size();
    }
}
