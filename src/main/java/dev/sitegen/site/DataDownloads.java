package dev.sitegen.site;

import dev.sitegen.discover.PapersExport;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.HomeView;
import dev.sitegen.render.RenderedFile;
import java.util.List;

/** The data files at the site root ({@code papers.json}, its JSON Schema, {@code papers.csv}) and links to them. */
final class DataDownloads {
    private DataDownloads() {
    }

    static List<RenderedFile> files(Catalog catalog) {
        return List.of(new RenderedFile(SiteLayout.PAPERS_JSON, PapersExport.json(catalog)),
                new RenderedFile(SiteLayout.PAPERS_SCHEMA, PapersExport.schema()),
                new RenderedFile(SiteLayout.PAPERS_CSV, PapersExport.csv(catalog)));
    }

    static HomeView.Downloads links(SiteLayout layout, String fromPath) {
        return new HomeView.Downloads(layout.href(fromPath, SiteLayout.PAPERS_JSON),
                layout.href(fromPath, SiteLayout.PAPERS_SCHEMA), layout.href(fromPath, SiteLayout.PAPERS_CSV));
    }
}
