package dev.sitegen.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pages of the previous build, kept by path with the view they were rendered from, so a rebuild
 * re-renders only pages whose view changed: after one paper is edited, that is its page and the few
 * lists that show it. Views are records of strings, numbers and lists, so {@code equals} compares what
 * the template would print. Thread-safe; one memo belongs to one long-lived site ({@code serve}).
 */
public final class PageMemo {
    private record Entry(String template, Record view, byte[] bytes) {
    }

    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> previous = Map.of();
    private volatile Object theme;
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * Starts a rebuild with {@code theme} (anything whose {@code equals} says the templates are the same,
     * e.g. their sources): pages of the last build are kept for reuse only if the theme is unchanged.
     */
    public synchronized void nextBuild(Object theme) {
        previous = theme.equals(this.theme) ? Map.copyOf(current) : Map.of();
        current.clear();
        this.theme = theme;
        rendered.set(0);
    }

    /** The bytes of {@code page}: the last build's when its template and view are unchanged, else {@code render}'s. */
    byte[] bytes(Page page, Record view, Supplier<byte[]> render) {
        Entry last = previous.get(page.path());
        Entry entry = last != null && last.template().equals(page.template()) && last.view().equals(view) ? last
                : new Entry(page.template(), view, rendered(render));
        current.put(page.path(), entry);
        return entry.bytes();
    }

    /** How many pages the current build had to render (the rest were reused). */
    public int rendered() {
        return rendered.get();
    }

    private byte[] rendered(Supplier<byte[]> render) {
        rendered.incrementAndGet();
        return render.get();
    }
}
