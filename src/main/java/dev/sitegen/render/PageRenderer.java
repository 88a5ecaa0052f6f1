package dev.sitegen.render;

import java.util.List;

/** Renders pages in parallel into output files, in the order the pages were given. */
public final class PageRenderer {
    private final Templates templates;

    public PageRenderer(Templates templates) {
        this.templates = templates;
    }

    public List<RenderedFile> render(List<Page> pages) {
        return pages.parallelStream()
                .map(page -> new RenderedFile(page.path(), renderOne(page)))
                .toList();
    }

    private byte[] renderOne(Page page) {
        try {
            return templates.render(page.template(), page.view().get());
        } catch (RuntimeException e) {
            throw new ThemeException("cannot render " + page.path() + ": " + e.getMessage(), e);
        }
    }
}
