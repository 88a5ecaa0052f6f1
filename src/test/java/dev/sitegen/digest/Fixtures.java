package dev.sitegen.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the tiny digests under {@code src/test/resources/digest/}. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/digest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DigestReading read(String name) {
        return new DigestReader().read(name, bytes(name));
    }
}
