package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.util.List;

/**
 * Where {@link SiteBuilder} hands a site's files: whether it takes a site of this content at all, each batch of
 * files as soon as a stage has it, and the write stage that makes them the site. {@code build} streams them to
 * a staging directory ({@link StagedOutput}), {@code serve} keeps them in memory and writes what changed,
 * {@code check} takes none ({@link #NONE}). Called from one thread at a time.
 */
public interface SiteOutput {
    /** Takes no site: the pipeline stops after the catalog stage. */
    SiteOutput NONE = new SiteOutput() {
        @Override
        public boolean takes(SiteInput input) {
            return false;
        }

        @Override
        public void add(List<RenderedFile> files) {
            throw new IllegalStateException("this output takes no site");
        }

        @Override
        public int write() {
            throw new IllegalStateException("this output takes no site");
        }
    };

    /** Whether a site is built from this content (not, for example, when it has errors). */
    boolean takes(SiteInput input);

    void add(List<RenderedFile> files) throws IOException;

    /** The write stage: makes the files added so far the site; returns how many files it wrote. */
    int write() throws IOException;
}
