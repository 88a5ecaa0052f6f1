package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.util.List;

/** Takes every site and keeps its files in a list; its write stage writes nothing (tests, benchmarks). */
public final class InMemoryOutput implements SiteOutput {
    private final List<RenderedFile> files;

    public InMemoryOutput(List<RenderedFile> files) {
        this.files = files;
    }

    @Override
    public boolean takes(SiteInput input) {
        return true;
    }

    @Override
    public void add(List<RenderedFile> batch) {
        files.addAll(batch);
    }

    @Override
    public int write() {
        return 0;
    }
}
