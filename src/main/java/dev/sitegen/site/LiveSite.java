package dev.sitegen.site;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.PageMemo;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.render.ThemeException;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site as {@code serve} keeps it: rebuilt in this process on every change, written incrementally
 * (only changed files touch the disk). A rebuild that fails leaves the last good site in place.
 */
public final class LiveSite {
    private final Path contentDir;
    private final Optional<Path> templatesDir;
    private final Path outDir;
    private final ContentReader reader = new ContentReader();
    private final RichText text = new RichText();
    private final SiteWriter writer = new SiteWriter();
    private final SiteMemo memo = SiteMemo.keeping();
    private Map<String, byte[]> onDisk;

    public LiveSite(Path contentDir, Optional<Path> templatesDir, Path outDir) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.outDir = outDir;
    }

    /**
     * What one rebuild did; {@code problem} is empty when the site was written. {@code rendered} pages went
     * through the templates; the others kept the last build's bytes because their views were unchanged.
     */
    public record Rebuild(List<Diagnostic> diagnostics, Optional<String> problem, int rendered, int written,
            int deleted, long millis) {
        public boolean succeeded() {
            return problem.isEmpty();
        }
    }

    /** Reads everything again and writes what changed; the first call writes the whole site. */
    public Rebuild rebuild() {
        long start = System.nanoTime();
        List<Diagnostic> diagnostics = List.of();
        text.nextGeneration();
        try {
            SiteConfig config = new SiteConfigReader().read(contentDir);
            SiteInput input = reader.read(contentDir, config);
            diagnostics = input.diagnostics();
            if (input.hasErrors()) {
                long errors = diagnostics.stream().filter(Diagnostic::isError).count();
                return failed(diagnostics, errors + " input error(s):\n" + String.join("\n",
                        diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList()), start);
            }
            memo.nextBuild(ThemeFingerprint.of(templatesDir));
            SiteBuilder builder = new SiteBuilder(config, Templates.open(templatesDir),
                    ThemeAssets.read(templatesDir), text, memo);
            SiteFiles site = builder.files(input, StageListener.NONE);
            if (onDisk == null) {
                writer.write(outDir, site.files());
                onDisk = site.files().stream().collect(java.util.stream.Collectors.toMap(
                        f -> f.path(), f -> f.bytes()));
                return new Rebuild(diagnostics, Optional.empty(), rendered(), site.files().size(), 0,
                        millisSince(start));
            }
            SiteWriter.Update update = writer.update(outDir, site.files(), onDisk);
            onDisk = update.files();
            return new Rebuild(diagnostics, Optional.empty(), rendered(), update.written(), update.deleted(),
                    millisSince(start));
        } catch (ConfigException | ThemeException e) {
            return failed(diagnostics, e.getMessage(), start);
        } catch (IOException | RuntimeException e) {
            // A template error surfaces as a runtime exception from the renderer: show it, keep serving.
            return failed(diagnostics, e.getClass().getSimpleName() + ": " + e.getMessage(), start);
        }
    }

    private static Rebuild failed(List<Diagnostic> diagnostics, String problem, long start) {
        return new Rebuild(diagnostics, Optional.of(problem), 0, 0, 0, millisSince(start));
    }

    private int rendered() {
        return memo.pages().map(PageMemo::rendered).orElse(0);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
