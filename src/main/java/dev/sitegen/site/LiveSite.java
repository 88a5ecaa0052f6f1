package dev.sitegen.site;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.render.ThemeException;
import dev.sitegen.text.RenderMemo;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site as {@code serve} keeps it: on every change the whole site is built again in memory, from the
 * content and the theme as they are now, and only the files whose bytes changed are written; files and
 * folders the new site no longer has are deleted. So after any edit the output is exactly what a full
 * {@code build} writes. A rebuild that fails leaves the last good site in place.
 *
 * <p>The one thing kept from build to build is the rich text ({@link RenderMemo}): rendering a text is a
 * pure function of it, and it is most of what a warm build costs.
 */
public final class LiveSite {
    private final Path contentDir;
    private final Optional<Path> templatesDir;
    private final Path outDir;
    private final StageListener stages;
    private final RenderMemo memo = new RenderMemo();
    private final RichText text = new RichText(memo);
    private final SiteWriter writer = new SiteWriter();
    private Map<String, byte[]> onDisk;

    public LiveSite(Path contentDir, Optional<Path> templatesDir, Path outDir) {
        this(contentDir, templatesDir, outDir, StageListener.NONE);
    }

    /** As above, telling {@code stages} when each stage of a rebuild ends (serve {@code --verbose}). */
    public LiveSite(Path contentDir, Optional<Path> templatesDir, Path outDir, StageListener stages) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.outDir = outDir;
        this.stages = stages;
    }

    /** What one rebuild did; {@code problem} is empty when the site was written. */
    public record Rebuild(List<Diagnostic> diagnostics, Optional<String> problem, int written, int deleted,
            long millis) {
        public boolean succeeded() {
            return problem.isEmpty();
        }
    }

    /** Reads everything again and writes what changed; the first call writes the whole site. */
    public Rebuild rebuild() {
        long start = System.nanoTime();
        memo.nextGeneration();
        List<Diagnostic> diagnostics = List.of();
        try {
            SiteConfig config = new SiteConfigReader().read(contentDir);
            SiteInput input = new ContentReader().read(contentDir, config);
            stages.finished("read", input.catalog().papers().size() + " papers", millisSince(start));
            diagnostics = input.diagnostics();
            if (input.hasErrors()) {
                long errors = diagnostics.stream().filter(Diagnostic::isError).count();
                return failed(diagnostics, errors + " input error(s):\n" + String.join("\n",
                        diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList()), start);
            }
            SiteFiles site = new SiteBuilder(config, Templates.open(templatesDir), ThemeAssets.read(templatesDir), text)
                    .files(input, stages);
            long writeStart = System.nanoTime();
            int written;
            int deleted = 0;
            if (onDisk == null) {
                writer.write(outDir, site.files());
                onDisk = site.files().stream().collect(Collectors.toMap(RenderedFile::path, RenderedFile::bytes));
                written = site.files().size();
            } else {
                SiteWriter.Update update = writer.update(outDir, site.files(), onDisk);
                onDisk = update.files();
                written = update.written();
                deleted = update.deleted();
            }
            stages.finished("write", written + " changed files", millisSince(writeStart));
            return new Rebuild(diagnostics, Optional.empty(), written, deleted, millisSince(start));
        } catch (ConfigException | IOException | RuntimeException e) {
            return failed(diagnostics, problem(e), start);
        }
    }

    /**
     * What to show for a failed rebuild: our own exceptions carry a message written for the reader; anything
     * else (a template error surfaces as a runtime exception from the renderer) is named by its type.
     */
    private static String problem(Exception e) {
        return e instanceof ConfigException || e instanceof ThemeException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static Rebuild failed(List<Diagnostic> diagnostics, String problem, long start) {
        return new Rebuild(diagnostics, Optional.of(problem), 0, 0, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
