package dev.sitegen.site;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.ContentTime;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.PageMemo;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.Theme;
import dev.sitegen.render.ThemeException;
import dev.sitegen.text.ContentMemo;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * <p>Two memos are kept from build to build, both of results of pure functions: {@link ContentMemo} holds the rich
 * text of each source text and the search index's term counts of each batch of documents, and {@link PageMemo} the
 * bytes of each page by its view. Computing them again was most of what a warm build cost. The page memo belongs
 * to the opened {@link Theme}: both are replaced together when a file of the theme changes.
 */
public final class LiveSite {
    private final Path contentDir;
    private final Optional<Path> templatesDir;
    private final Path outDir;
    private final StageListener stages;
    private final ContentMemo memo = new ContentMemo();
    private final RichText text = new RichText(memo);
    private ThemeState theme = new ThemeState("", null, null);
    private final SiteWriter writer = new SiteWriter();
    private Map<String, byte[]> onDisk;

    /** {@code stages} is told when each stage of a rebuild ends (serve {@code --verbose}). */
    public LiveSite(Path contentDir, Optional<Path> templatesDir, Path outDir, StageListener stages) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.outDir = outDir;
        this.stages = stages;
    }

    /** The theme as opened for its files' fingerprint, and the pages rendered with it: both go when a file changes. */
    private record ThemeState(String fingerprint, Theme opened, PageMemo pages) {}

    /** What one rebuild did; {@code problem} is empty when the site was written. */
    public record Rebuild(
            List<Diagnostic> diagnostics, Optional<String> problem, int written, int deleted, long millis) {
        public boolean succeeded() {
            return problem.isEmpty();
        }
    }

    /** Reads everything again and writes what changed; the first call writes the whole site. */
    public Rebuild rebuild() {
        long start = System.nanoTime();
        memo.startBuild();
        List<Diagnostic> diagnostics = List.of();
        try {
            String fingerprint = ThemeFingerprint.of(templatesDir);
            if (!fingerprint.equals(theme.fingerprint())) {
                theme = new ThemeState(fingerprint, new Theme(templatesDir), new PageMemo());
            }
            theme.pages().startBuild();
            SiteConfig config = ContentTime.stamp(new SiteConfigReader().read(contentDir), contentDir);
            Changes changes = new Changes();
            SiteBuilder.Result result = new SiteBuilder(theme.opened(), text, memo, theme.pages(), stages)
                    .build(contentDir, config, changes);
            diagnostics = result.input().diagnostics();
            if (result.report().isEmpty() && !result.input().hasErrors()) {
                // A deleted or emptied digest is a bad edit like any other, not a wish to publish nothing.
                return failed(
                        diagnostics,
                        "no paper was read from " + contentDir + "; add a digest (*.txt) or " + "undo the deletion.",
                        start);
            }
            if (result.report().isEmpty()) {
                List<String> errors = diagnostics.stream()
                        .filter(Diagnostic::isError)
                        .map(Diagnostic::toString)
                        .toList();
                return failed(diagnostics, errors.size() + " input error(s):\n" + String.join("\n", errors), start);
            }
            return new Rebuild(
                    diagnostics, Optional.empty(), changes.written, changes.deleted, SiteBuilder.millisSince(start));
        } catch (ConfigException | IOException | RuntimeException e) {
            return failed(diagnostics, problem(e), start);
        }
    }

    /** A site of content without errors and with papers, held in memory; its write stage writes the files whose bytes changed. */
    private final class Changes implements SiteOutput {
        private final List<RenderedFile> files = new ArrayList<>();
        private int written;
        private int deleted;

        @Override
        public boolean takes(SiteInput input) {
            return !input.hasErrors() && !input.catalog().papers().isEmpty();
        }

        @Override
        public void add(List<RenderedFile> batch) {
            files.addAll(batch);
        }

        @Override
        public int write() throws IOException {
            if (onDisk == null) {
                writer.write(outDir, files);
                onDisk = files.stream().collect(Collectors.toMap(RenderedFile::path, RenderedFile::bytes));
                written = files.size();
            } else {
                SiteWriter.Update update = writer.update(outDir, files, onDisk);
                onDisk = update.files();
                written = update.written();
                deleted = update.deleted();
            }
            return written;
        }
    }

    /**
     * What to show for a failed rebuild: our own exceptions carry a message written for the reader; anything
     * else (a template error surfaces as a runtime exception from the renderer) is named by its type.
     */
    private static String problem(Exception e) {
        return e instanceof ConfigException || e instanceof ThemeException || e instanceof StaticFiles.Clash
                ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static Rebuild failed(List<Diagnostic> diagnostics, String problem, long start) {
        return new Rebuild(diagnostics, Optional.of(problem), 0, 0, SiteBuilder.millisSince(start));
    }
}
