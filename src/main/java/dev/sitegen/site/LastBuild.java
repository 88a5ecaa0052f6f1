package dev.sitegen.site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small per-key results of the last build and of this one, for a long-lived site ({@code serve}) that
 * reuses the very objects of the last build where their inputs are unchanged: equal views then compare
 * by identity, which is what makes comparing two thousand views cheap. One that does not keep holds
 * nothing, so a one-shot build pays no memory for it. Thread-safe.
 */
final class LastBuild<V> {
    private final boolean keeps;
    private final Map<String, V> current = new ConcurrentHashMap<>();
    private volatile Map<String, V> previous = Map.of();

    private LastBuild(boolean keeps) {
        this.keeps = keeps;
    }

    static <V> LastBuild<V> keeping() {
        return new LastBuild<>(true);
    }

    static <V> LastBuild<V> none() {
        return new LastBuild<>(false);
    }

    /** Starts a build; with {@code reuse} false (the theme or configuration changed) the last build's are dropped. */
    synchronized void next(boolean reuse) {
        previous = reuse ? Map.copyOf(current) : Map.of();
        current.clear();
    }

    /** What the last build made for {@code key}. */
    Optional<V> last(String key) {
        return Optional.ofNullable(previous.get(key));
    }

    /** Records what this build made for {@code key}. */
    void made(String key, V value) {
        if (keeps) {
            current.put(key, value);
        }
    }
}
