package dev.sitegen.render;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pages of the previous build, kept by path with the inputs and view they were rendered from, so a
 * rebuild re-renders only pages whose view changed: after one paper is edited, that is its page and the few
 * lists that show it. Views are records of strings, numbers and lists, so {@code equals} compares what
 * the template would print. A page with equal {@link Page#inputs} is not even built again. Thread-safe; one
 * memo belongs to one long-lived site ({@code serve}).
 */
public final class PageMemo {
    private record Entry(String template, Optional<Object> inputs, Record view, byte[] bytes) {
    }

    private final LastBuild<Entry> pages = LastBuild.keeping();
    private volatile Object shared;
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * Starts a rebuild with {@code shared}: anything whose {@code equals} says that what every page is built
     * from is the same, i.e. the templates (their sources) and the configuration. Pages of the last build are
     * kept for reuse only if it is unchanged; returns whether they are.
     */
    public synchronized boolean nextBuild(Object shared) {
        boolean same = shared.equals(this.shared);
        pages.next(same);
        this.shared = shared;
        rendered.set(0);
        return same;
    }

    /**
     * The bytes of {@code page}: the last build's when its template and inputs, or else its view, are unchanged;
     * otherwise {@code render}'s, given the view.
     */
    byte[] bytes(Page page, Function<Record, byte[]> render) {
        Entry last = pages.last(page.path()).orElse(null);
        boolean sameTemplate = last != null && last.template().equals(page.template());
        Optional<Object> inputs = page.inputs().map(Supplier::get);
        if (sameTemplate && inputs.isPresent() && inputs.equals(last.inputs())) {
            assert last.view().equals(page.view().get()) : page.path() + ": equal inputs built a different view";
            pages.made(page.path(), last);
            return last.bytes();
        }
        Record view = page.view().get();
        byte[] bytes = sameTemplate && last.view().equals(view) ? last.bytes() : rendered(render, view);
        pages.made(page.path(), new Entry(page.template(), inputs, view, bytes));
        return bytes;
    }

    /** How many pages the current build had to render (the rest were reused). */
    public int rendered() {
        return rendered.get();
    }

    private byte[] rendered(Function<Record, byte[]> render, Record view) {
        rendered.incrementAndGet();
        return render.apply(view);
    }
}
