package dev.sitegen.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Page bytes for a site that renders the same pages build after build ({@code serve}): a page is a pure
 * function of its template and its view (views are records of strings, numbers and lists, and templates read
 * nothing else), so a page whose view equals the one it had in the last build keeps that build's bytes. One
 * memo serves one state of the theme: when a template changes, start a new one. Thread-safe. Example:
 * {@code new PageRenderer(templates, Optional.of(memo))}; call {@link #startBuild} before each build.
 */
public final class PageMemo {
    private record Rendered(String template, Record view, byte[] bytes) {}

    private volatile Map<String, Rendered> previous = Map.of();
    private volatile Map<String, Rendered> current = new ConcurrentHashMap<>();

    /** The bytes of the page at {@code path}: the last build's when its template and view are equal. */
    byte[] bytes(String path, String template, Record view, Function<Record, byte[]> render) {
        Rendered last = previous.get(path);
        Rendered now =
                last != null && last.template().equals(template) && last.view().equals(view)
                        ? last
                        : new Rendered(template, view, render.apply(view));
        current.put(path, now);
        return now.bytes();
    }

    /** Starts a build: pages the last build did not ask for are dropped. */
    public synchronized void startBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
