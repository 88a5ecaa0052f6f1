package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * Renders pages in parallel into output files, in the order the pages were given; with a {@link PageMemo}, a
 * page whose view is unchanged since the last build keeps that build's bytes.
 */
public final class PageRenderer {
    private final Templates templates;
    private final Optional<PageMemo> memo;

    public PageRenderer(Templates templates, Optional<PageMemo> memo) {
        this.templates = templates;
        this.memo = memo;
    }

    public List<RenderedFile> render(List<Page> pages) {
        return pages.parallelStream()
                .map(page -> new RenderedFile(page.path(), renderOne(page)))
                .toList();
    }

    private byte[] renderOne(Page page) {
        try {
            Record view = page.view().get();
            return memo.isEmpty()
                    ? templates.render(page.template(), view)
                    : memo.get().bytes(page.path(), page.template(), view, v -> templates.render(page.template(), v));
        } catch (RuntimeException e) {
            throw new ThemeException("cannot render " + page.path() + ": " + e.getMessage(), e);
        }
    }
}
