package dev.sitegen.render;

/** A page with nothing but the layout: the search, 404 and reading-list pages. */
public record SimpleView(PageView page, String searchAction, String allTagsHref) {
    /** The search box and the tag link lead where the page's own navigation does. */
    public SimpleView(PageView page) {
        this(page, page.searchHref(), page.tagsHref());
    }
}
