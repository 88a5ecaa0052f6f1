package dev.sitegen.site;

import dev.sitegen.discover.PapersExport;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.HomeView;
import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.util.List;

/** The data files at the site root ({@code papers.json}, its JSON Schema, {@code papers.csv}) and links to them. */
final class DataDownloads {
    private DataDownloads() {}

    /** Hands the files on one at a time, so that only one export of the whole catalog is in memory at once. */
    static void add(Catalog catalog, SiteOutput out) throws IOException {
        out.add(List.of(new RenderedFile(SiteLayout.PAPERS_JSON, PapersExport.json(catalog))));
        out.add(List.of(new RenderedFile(SiteLayout.PAPERS_SCHEMA, PapersExport.schema())));
        out.add(List.of(new RenderedFile(SiteLayout.PAPERS_CSV, PapersExport.csv(catalog))));
    }

    static HomeView.Downloads links(SiteLayout layout, String fromPath) {
        return new HomeView.Downloads(
                layout.href(fromPath, SiteLayout.PAPERS_JSON),
                layout.href(fromPath, SiteLayout.PAPERS_SCHEMA),
                layout.href(fromPath, SiteLayout.PAPERS_CSV));
    }
}
