package dev.sitegen.render;

import dev.sitegen.text.Html;

/**
 * What the shared layout needs on every page: head metadata, navigation and asset links.
 * All hrefs are relative to the page; {@code canonicalUrl} is absolute or empty (no base URL set).
 * {@code section} names the navigation entry to mark current ({@code home}, {@code topics}, {@code tags},
 * {@code map}, {@code stats}, {@code reading-list}, {@code search} or empty); script hrefs are empty when the
 * page does not load them.
 * {@code siteScriptHref} (keyboard shortcuts, reading list) is on every page; {@code rootPrefix} leads from
 * the page back to the site root ({@code "../../"}) so that scripts can link to paths they stored from the root.
 */
public record PageView(
        String lang,
        String title,
        String siteTitle,
        String description,
        String canonicalUrl,
        String ogType,
        Html jsonLd,
        String section,
        String homeHref,
        String topicsHref,
        String tagsHref,
        String searchHref,
        String mapHref,
        String statsHref,
        String readingListHref,
        String rootPrefix,
        String stylesheetHref,
        String faviconHref,
        String katexStylesheetHref,
        String katexScriptHref,
        String mathScriptHref,
        String searchScriptHref,
        String siteScriptHref) {
    /** True when the page loads KaTeX and the math script. */
    public boolean hasMath() {
        return !mathScriptHref.isEmpty();
    }
}
