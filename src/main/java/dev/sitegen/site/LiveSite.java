package dev.sitegen.site;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.PageMemo;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.render.ThemeException;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site as {@code serve} keeps it: rebuilt in this process on every change, written incrementally
 * (only changed files touch the disk). A rebuild that fails leaves the last good site in place.
 *
 * <p>A rebuild comes in two steps so an edit shows at once. {@link #rebuild} reads the content and writes
 * every page whose view changed, reusing the last similarity (related papers, map) and search index when
 * the catalog changed; {@link #catchUp} then recomputes those two and writes what they change. After
 * both, the files are exactly those a full {@code build} of the same content writes.
 */
public final class LiveSite {
    /** Rounds {@code serve} runs through {@link #warmUp} before the first edit. */
    public static final int WARM_UP_ROUNDS = 12;

    private final Path contentDir;
    private final Optional<Path> templatesDir;
    private final Path outDir;
    private final StageListener stages;
    private final ContentReader reader = ContentReader.remembering();
    private final RichText text = new RichText();
    private final SiteWriter writer = new SiteWriter();
    private final SiteMemo memo = SiteMemo.keeping();
    private Map<String, byte[]> onDisk;
    private Theme theme;
    private Optional<Pending> pending = Optional.empty();

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

    /** The templates, assets and fingerprint of one state of the theme, opened once while it is unchanged. */
    private record Theme(String fingerprint, Templates templates, List<RenderedFile> assets) {
    }

    /** What every page is built from: a change of either renders every page again. */
    private record Shared(String themeFingerprint, SiteConfig config) {
    }

    /** A content whose similarity and index were shown from an earlier catalog. */
    private record Pending(SiteConfig config, SiteInput input) {
    }

    /** Reads everything again and writes what changed; the first call writes the whole site. */
    public Rebuild rebuild() {
        return rebuild(true);
    }

    private Rebuild rebuild(boolean toDisk) {
        long start = System.nanoTime();
        pending = Optional.empty();
        List<Diagnostic> diagnostics = List.of();
        text.nextGeneration();
        try {
            SiteConfig config = new SiteConfigReader().read(contentDir);
            SiteInput input = reader.read(contentDir, config);
            stages.finished("read", input.catalog().papers().size() + " papers", millisSince(start));
            diagnostics = input.diagnostics();
            if (input.hasErrors()) {
                long errors = diagnostics.stream().filter(Diagnostic::isError).count();
                return failed(diagnostics, errors + " input error(s):\n" + String.join("\n",
                        diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList()), start);
            }
            if (input.catalog().papers().isEmpty()) {
                // A deleted or emptied digest is a bad edit like any other, not a wish to publish nothing.
                return failed(diagnostics, "no paper was read from " + contentDir + "; add a digest (*.txt) or "
                        + "undo the deletion.", start);
            }
            Rebuild rebuild = build(config, input, true, toDisk, start);
            if (memo.usedLastKnown()) {
                pending = Optional.of(new Pending(config, input));
            }
            return rebuild;
        } catch (ConfigException | IOException | RuntimeException e) {
            return failed(diagnostics, problem(e), start);
        }
    }

    /**
     * Runs the rebuild path {@code rounds} times without writing anything, so the JIT has compiled the
     * read → views path before the first edit (a cold path takes about twice as long); returns the last
     * round's time. An edit made meanwhile is not written here: the watcher has seen it, and the next
     * {@link #rebuild} writes it and reports it.
     */
    public long warmUp(int rounds) {
        long millis = 0;
        for (int i = 0; i < rounds; i++) {
            millis = rebuild(false).millis();
        }
        pending = Optional.empty();
        return millis;
    }

    /**
     * Brings the similarity and the search index up to date after a {@link #rebuild} that showed earlier
     * ones, and writes what changed; empty when there was nothing to catch up on.
     */
    public Optional<Rebuild> catchUp() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Pending due = pending.get();
        pending = Optional.empty();
        long start = System.nanoTime();
        try {
            return Optional.of(build(due.config(), due.input(), false, true, start));
        } catch (IOException | RuntimeException e) {
            return Optional.of(failed(due.input().diagnostics(), problem(e), start));
        }
    }

    /** Builds the site in memory and, with {@code toDisk}, writes the files that changed. */
    private Rebuild build(SiteConfig config, SiteInput input, boolean lastKnown, boolean toDisk, long start)
            throws IOException {
        Theme current = theme();
        memo.nextBuild(new Shared(current.fingerprint(), config), lastKnown);
        SiteBuilder builder = new SiteBuilder(config, current.templates(), current.assets(), text, memo);
        SiteFiles site = builder.files(input, stages);
        if (!toDisk && onDisk != null) {
            return new Rebuild(input.diagnostics(), Optional.empty(), 0, 0, 0, millisSince(start));
        }
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
        return new Rebuild(input.diagnostics(), Optional.empty(), memo.pages().map(PageMemo::rendered).orElse(0),
                written, deleted, millisSince(start));
    }

    /** The theme as it is now: reopened only when a file of it changed, since parsing templates takes time. */
    private Theme theme() throws IOException {
        String fingerprint = ThemeFingerprint.of(templatesDir);
        if (theme == null || !theme.fingerprint().equals(fingerprint)) {
            theme = new Theme(fingerprint, Templates.open(templatesDir), ThemeAssets.read(templatesDir));
        }
        return theme;
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
        return new Rebuild(diagnostics, Optional.of(problem), 0, 0, 0, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
