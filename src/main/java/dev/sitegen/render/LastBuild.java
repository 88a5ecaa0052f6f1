package dev.sitegen.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key results of the last build and of this one, for a long-lived site ({@code serve}) that reuses what
 * the last build made where its inputs are unchanged: rendered pages ({@link PageMemo}), and list entries,
 * whose very objects make equal views compare by identity. One that does not keep holds nothing, so a
 * one-shot build pays no memory for it. Thread-safe.
 */
public final class LastBuild<V> {
    private final boolean keeps;
    private final Map<String, V> current = new ConcurrentHashMap<>();
    private volatile Map<String, V> previous = Map.of();

    private LastBuild(boolean keeps) {
        this.keeps = keeps;
    }

    public static <V> LastBuild<V> keeping() {
        return new LastBuild<>(true);
    }

    public static <V> LastBuild<V> none() {
        return new LastBuild<>(false);
    }

    /** Starts a build; with {@code reuse} false (the theme or configuration changed) the last build's are dropped. */
    public synchronized void next(boolean reuse) {
        previous = reuse ? Map.copyOf(current) : Map.of();
        current.clear();
    }

    /** What the last build made for {@code key}. */
    public Optional<V> last(String key) {
        return Optional.ofNullable(previous.get(key));
    }

    /** Whether this keeps anything: else what a caller would keep only for the next build need not be made. */
    public boolean keeps() {
        return keeps;
    }

    /** Records what this build made for {@code key}. */
    public void made(String key, V value) {
        if (keeps) {
            current.put(key, value);
        }
    }
}
