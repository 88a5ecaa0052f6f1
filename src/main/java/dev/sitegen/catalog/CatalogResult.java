package dev.sitegen.catalog;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import java.util.List;

/** The catalog stage's output: the model, every diagnostic of read and catalog, and the report. */
public record CatalogResult(Catalog catalog, List<Diagnostic> diagnostics, ReadReport report) {
    public CatalogResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
