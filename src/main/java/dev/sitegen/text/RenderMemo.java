package dev.sitegen.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what {@link RichText} made of a source (a string, or a list of paragraphs), so a text shown in several places (a page, the
 * search index, the related-papers vectors) is rendered once per build. Thread-safe.
 *
 * <p>Entries live for two generations: {@link #nextGeneration()} starts a new one, and an entry not asked
 * for since the previous call is forgotten. A one-shot build never calls it; {@code serve} calls it before
 * each rebuild, so an unchanged paper costs a lookup and memory stays bounded by two builds' texts.
 */
final class RenderMemo<K, V> {
    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private volatile Map<K, V> previous = Map.of();

    V get(K source, Function<K, V> render) {
        Map<K, V> now = current;
        V value = now.get(source);
        if (value != null) {
            return value;
        }
        V earlier = previous.get(source);
        // Rendering is pure, so two threads racing on one source compute equal values; either may win.
        V made = earlier != null ? earlier : render.apply(source);
        V raced = now.putIfAbsent(source, made);
        return raced != null ? raced : made;
    }

    synchronized void nextGeneration() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    int size() {
        return current.size();
    }
}
