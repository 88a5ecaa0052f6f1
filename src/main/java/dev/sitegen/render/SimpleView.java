package dev.sitegen.render;

/** A page with nothing but the layout: the search page and the 404 page. */
public record SimpleView(PageView page, String searchAction, String allTagsHref) {}
