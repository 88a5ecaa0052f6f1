package dev.sitegen.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held from the start of a build until its swap is done, so that two
 * builds into the same {@code --out} cannot interleave their renames. It is an OS file lock on
 * {@code .<out>.lock} beside the folder, so a killed build releases it. The lock file stays: deleting it
 * would let a build waiting on the old file and a new one lock different files.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code out} or fails at once, naming the folder, when another build holds it. */
    static OutputLock take(Path out) throws IOException {
        Path file = out.resolveSibling("." + out.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this same process
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another site-gen build is writing " + out + " right now (it holds " + file
                    + "); wait until it has finished, or choose another --out.");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
