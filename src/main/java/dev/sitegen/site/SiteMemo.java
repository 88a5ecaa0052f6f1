package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.render.LastBuild;
import dev.sitegen.render.PageMemo;
import dev.sitegen.render.RenderedFile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What {@code serve} keeps from one rebuild to the next so the next one does only what an edit changed:
 * rendered pages with their views ({@link PageMemo}), and the two costly whole-catalog results, the papers'
 * similarity (related papers, map), the search index and the data downloads, reused as they are when the
 * catalog is equal.
 *
 * <p>A build started with {@code lastKnown} also reuses them for a changed catalog, so the edited page is
 * on screen at once; {@link #usedLastKnown} then says a second build must bring them up to date. A
 * one-shot build uses {@link #NONE}, which keeps nothing.
 */
public final class SiteMemo {
    /** Keeps nothing: every stage runs and every page renders. */
    public static final SiteMemo NONE = new SiteMemo(false);

    private final boolean keeps;
    private final PageMemo pages = new PageMemo();
    private final LastBuild<PaperItems.KeptItem> items;
    private final AtomicReference<Kept<Discoveries.Similarity>> similarity = new AtomicReference<>();
    private final AtomicReference<Kept<List<RenderedFile>>> index = new AtomicReference<>();
    private final AtomicReference<Kept<List<RenderedFile>>> downloads = new AtomicReference<>();
    private final AtomicReference<KeptTagged> tagged = new AtomicReference<>();
    private final AtomicBoolean usedLastKnown = new AtomicBoolean();
    private volatile boolean lastKnown;

    private SiteMemo(boolean keeps) {
        this.keeps = keeps;
        this.items = keeps ? LastBuild.keeping() : LastBuild.none();
    }

    /** A memo for a long-lived site; call {@link #nextBuild} before each rebuild. */
    public static SiteMemo keeping() {
        return new SiteMemo(true);
    }

    /** A stage's value and what it was computed from (the catalog and the base URL). */
    private record Kept<T>(Catalog catalog, Optional<String> baseUrl, T value) {
    }

    private record KeptTagged(Discoveries.Tagging tagging, Discoveries.TagDiscoveries value) {
    }

    /**
     * Starts a rebuild; {@code shared} identifies what every page is built from (the templates and the
     * configuration), whose change means every page renders again. With {@code lastKnown}, results of an
     * earlier catalog may stand in for the costly stages.
     */
    public void nextBuild(Object shared, boolean lastKnown) {
        items.next(pages.nextBuild(shared));
        this.lastKnown = lastKnown;
        usedLastKnown.set(false);
    }

    /** Whether the current build showed an earlier catalog's similarity or index, to be brought up to date. */
    public boolean usedLastKnown() {
        return usedLastKnown.get();
    }

    /** Pages rendered by the current build (the others were the last build's bytes), or empty when nothing is kept. */
    public Optional<PageMemo> pages() {
        return keeps ? Optional.of(pages) : Optional.empty();
    }

    Discoveries.Similarity similarity(Catalog catalog, Optional<String> baseUrl,
            Supplier<Discoveries.Similarity> compute) {
        return kept(similarity, catalog, baseUrl, compute);
    }

    /** Papers as list entries, reused where the paper and its tag names are unchanged. */
    LastBuild<PaperItems.KeptItem> items() {
        return items;
    }

    /** The statistics and related tags: the last build's while papers are tagged alike (an always exact reuse). */
    Discoveries.TagDiscoveries tagDiscoveries(Catalog catalog) {
        if (!keeps) {
            return Discoveries.TagDiscoveries.of(catalog);
        }
        Discoveries.Tagging tagging = Discoveries.Tagging.of(catalog);
        KeptTagged last = tagged.get();
        if (last != null && last.tagging().equals(tagging)) {
            return last.value();
        }
        Discoveries.TagDiscoveries value = Discoveries.TagDiscoveries.of(catalog);
        tagged.set(new KeptTagged(tagging, value));
        return value;
    }

    /** Whether this memo keeps anything (else every stage streams its files straight to the writer). */
    boolean keeps() {
        return keeps;
    }

    /** The data downloads: whole-catalog exports, as costly to write as the search index and as little urgent. */
    List<RenderedFile> downloads(Catalog catalog, Optional<String> baseUrl, Supplier<List<RenderedFile>> compute) {
        return kept(downloads, catalog, baseUrl, compute);
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
        if (last != null && last.baseUrl().equals(baseUrl)) {
            if (last.catalog().equals(catalog)) {
                return last.value();
            }
            if (lastKnown) {
                usedLastKnown.set(true);
                return last.value();
            }
        }
        T value = compute.get();
        slot.set(new Kept<>(catalog, baseUrl, value));
        return value;
    }
}
