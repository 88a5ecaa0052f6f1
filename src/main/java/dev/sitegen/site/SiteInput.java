package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.search.SynonymGroups;
import java.util.List;
import java.util.Optional;

/**
 * What the read and catalog stages hand to the site: the catalog, every diagnostic found on the way,
 * the catalog stage's own report (any Jackson-serialisable value), copied into the build report, the
 * curated search synonyms of the content directory, and the content's static files ({@link StaticFiles}),
 * copied into the site as they are.
 */
public record SiteInput(
        Catalog catalog,
        List<Diagnostic> diagnostics,
        Optional<Object> catalogReport,
        SynonymGroups synonyms,
        List<RenderedFile> staticFiles) {
    public SiteInput {
        diagnostics = List.copyOf(diagnostics);
        staticFiles = List.copyOf(staticFiles);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
