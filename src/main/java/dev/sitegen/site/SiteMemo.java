package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.render.PageMemo;
import dev.sitegen.render.RenderedFile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What {@code serve} keeps from one rebuild to the next so the next one does only what an edit changed:
 * rendered pages with their views ({@link PageMemo}), and the discoveries and search index of the last
 * catalog, reused as they are when a rebuild's catalog is equal (a template edit, a touched file).
 * A one-shot build uses {@link #NONE}, which keeps nothing.
 */
public final class SiteMemo {
    /** Keeps nothing: every stage runs and every page renders. */
    public static final SiteMemo NONE = new SiteMemo(false);

    private final boolean keeps;
    private final PageMemo pages = new PageMemo();
    private final AtomicReference<Kept<Discoveries>> discoveries = new AtomicReference<>();
    private final AtomicReference<Kept<List<RenderedFile>>> index = new AtomicReference<>();

    private SiteMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo for a long-lived site; call {@link #nextBuild} before each rebuild. */
    public static SiteMemo keeping() {
        return new SiteMemo(true);
    }

    /** A stage's value and what it was computed from (the catalog and the base URL). */
    private record Kept<T>(Catalog catalog, Optional<String> baseUrl, T value) {
    }

    /** Starts a rebuild; {@code theme} identifies the templates, whose change means every page renders again. */
    public void nextBuild(Object theme) {
        pages.nextBuild(theme);
    }

    /** Pages rendered by the current build (the others were the last build's bytes), or empty when nothing is kept. */
    public Optional<PageMemo> pages() {
        return keeps ? Optional.of(pages) : Optional.empty();
    }

    Discoveries discoveries(Catalog catalog, Optional<String> baseUrl, Supplier<Discoveries> compute) {
        return kept(discoveries, catalog, baseUrl, compute);
    }

    List<RenderedFile> index(Catalog catalog, Optional<String> baseUrl, Supplier<List<RenderedFile>> compute) {
        return kept(index, catalog, baseUrl, compute);
    }

    private <T> T kept(AtomicReference<Kept<T>> slot, Catalog catalog, Optional<String> baseUrl,
            Supplier<T> compute) {
        if (!keeps) {
            return compute.get();
        }
        Kept<T> last = slot.get();
        if (last != null && last.baseUrl().equals(baseUrl) && last.catalog().equals(catalog)) {
            return last.value();
        }
        T value = compute.get();
        slot.set(new Kept<>(catalog, baseUrl, value));
        return value;
    }
}
