package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.util.List;

/**
 * Where the build stages hand their files as soon as they exist: a staging directory on disk
 * ({@link SiteStaging#write}) or a list in memory. Called from one thread at a time.
 *
 * @param <E> what handing over may throw: {@link java.io.IOException} for the disk, nothing for a list
 */
@FunctionalInterface
interface FileSink<E extends Exception> {
    void add(List<RenderedFile> files) throws E;
}
