package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.util.List;
import java.util.Objects;

/** A whole site in memory — every output file — and the report that describes it. */
public record SiteFiles(List<RenderedFile> files, BuildReport report) {
    public SiteFiles {
        files = List.copyOf(files);
        Objects.requireNonNull(report, "report");
    }
}
