package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the read and catalog stages hand to the site: the catalog, every diagnostic found on the way,
 * and the catalog stage's own report (any Jackson-serialisable value), copied into the build report.
 */
public record SiteInput(Catalog catalog, List<Diagnostic> diagnostics, Optional<Object> catalogReport) {
    public SiteInput {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(catalogReport, "catalogReport");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
