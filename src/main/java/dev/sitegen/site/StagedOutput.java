package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code build}'s output: each file is written into a staging directory beside {@code outDir} as soon as it
 * exists (so a large site is never all in memory), and the write stage swaps it in. Closing it before that
 * deletes the staging directory, so a build that fails leaves the previous site as it was.
 */
public final class StagedOutput implements SiteOutput, AutoCloseable {
    private final Path outDir;
    private final boolean keepGoing;
    private final boolean allowEmpty;
    private SiteStaging staging;

    /**
     * With {@code keepGoing}, a content with errors is built from the entries that could be read; without
     * {@code allowEmpty}, a content of no paper is not built, so the previous site stays.
     */
    public StagedOutput(Path outDir, boolean keepGoing, boolean allowEmpty) {
        this.outDir = outDir;
        this.keepGoing = keepGoing;
        this.allowEmpty = allowEmpty;
    }

    @Override
    public boolean takes(SiteInput input) {
        return (keepGoing || !input.hasErrors())
                && (allowEmpty || !input.catalog().papers().isEmpty());
    }

    @Override
    public void add(List<RenderedFile> files) throws IOException {
        if (staging == null) {
            staging = new SiteWriter().stage(outDir);
        }
        staging.write(files);
    }

    @Override
    public int write() throws IOException {
        staging.commit();
        return staging.written();
    }

    @Override
    public void close() throws IOException {
        if (staging != null) {
            staging.close();
        }
    }
}
