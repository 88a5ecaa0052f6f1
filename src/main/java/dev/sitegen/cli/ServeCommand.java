package dev.sitegen.cli;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.serve.ContentWatcher;
import dev.sitegen.serve.PreviewServer;
import dev.sitegen.site.LiveSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code serve}: builds, serves the site on 127.0.0.1 with live reload, and rebuilds on every change
 * to the content or the templates until interrupted. A bad edit is shown in the terminal and over the
 * open pages while the last good site keeps being served.
 */
final class ServeCommand {
    private static final Path LOCAL_TEMPLATES = Path.of("templates");

    /** Prints what a rebuild did and reloads the open pages (which also clears an error overlay), or shows its error. */
    private static void report(LiveSite.Rebuild rebuild, Console console, PreviewServer server) {
        if (!rebuild.succeeded()) {
            console.error(rebuild.problem().orElseThrow() + "\n(still serving the last good site)");
            server.error(rebuild.problem().orElseThrow());
            return;
        }
        console.info("rebuilt in %d ms: %d files written, %d deleted"
                .formatted(rebuild.millis(), rebuild.written(), rebuild.deleted()));
        server.reload();
    }

    /**
     * The diagnostics of a rebuild worth printing: all of them when they differ from those printed last, else
     * none, so a warning the maintainer has already seen is not repeated on every save.
     */
    static List<Diagnostic> unseen(List<Diagnostic> shown, List<Diagnostic> now) {
        return now.equals(shown) ? List.of() : now;
    }

    int run(Options options, Console console) {
        if (!Files.isDirectory(options.contentDir())) {
            console.error("content directory " + options.contentDir() + " does not exist (see --content)");
            return Main.INPUT_ERROR;
        }
        // Edits to templates/ should show live, so a local theme directory wins over the packaged one.
        Optional<Path> templates = options.templatesDir()
                .or(() -> Files.isDirectory(LOCAL_TEMPLATES) ? Optional.of(LOCAL_TEMPLATES) : Optional.empty());
        List<Path> watched = new ArrayList<>(List.of(options.contentDir()));
        templates.ifPresent(watched::add);
        // The port is opened before the first build, so a busy port fails at once rather than after it.
        try (PreviewServer server = new PreviewServer(options.outDir(), options.port(), options.basePath())) {
            LiveSite site = new LiveSite(options.contentDir(), templates, options.outDir(), console::stage);
            LiveSite.Rebuild first = site.rebuild();
            console.diagnostics(first.diagnostics(), options.contentDir());
            if (!first.succeeded()) {
                console.error(first.problem().orElseThrow());
                return Main.INPUT_ERROR;
            }
            try (ContentWatcher watcher = new ContentWatcher(watched)) {
                console.info("serving " + server.url() + " (built in " + first.millis() + " ms); watching " + watched
                        + "; Ctrl-C stops");
                List<Diagnostic> shown = first.diagnostics();
                while (watcher.awaitChange()) {
                    LiveSite.Rebuild rebuild = site.rebuild();
                    console.diagnostics(unseen(shown, rebuild.diagnostics()), options.contentDir());
                    shown = rebuild.diagnostics();
                    report(rebuild, console, server);
                }
            } catch (IOException e) {
                console.error("cannot watch " + watched + " for changes: " + Problems.describe(e));
                return Main.INPUT_ERROR;
            }
            return Main.OK;
        } catch (IOException e) {
            console.error("cannot serve on port " + options.port() + ": " + Problems.describe(e));
            return Main.INPUT_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        }
    }
}
