package dev.sitegen.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growing UTF-8 byte buffer, reused for page after page by one thread:
 * no {@code StringWriter} to copy, no page-sized {@code String} to encode at the end. The bytes are those of
 * {@link String#getBytes} on everything written: a surrogate without its pair becomes {@code '?'}.
 */
final class Utf8Output extends Writer {
    /** A buffer grown past this by one huge page is dropped afterwards rather than kept by its thread. */
    private static final int KEEP = 1 << 20;
    private static final byte REPLACEMENT = '?';

    private byte[] buffer = new byte[64 * 1024];
    private char[] scratch = new char[1024];
    private int size;
    /** A high surrogate whose low half may come with the next write. */
    private char high;

    /** The bytes written since the last call, and an empty buffer for the next page. */
    byte[] take() {
        if (high != 0) {
            ensure(1);
            put(REPLACEMENT);
            high = 0;
        }
        byte[] bytes = Arrays.copyOf(buffer, size);
        size = 0;
        if (buffer.length > KEEP) {
            buffer = new byte[64 * 1024];
        }
        if (scratch.length > KEEP) {
            scratch = new char[1024];
        }
        return bytes;
    }

    @Override
    public void write(String text, int off, int len) {
        // Whole strings are the common case; String's own encoder is fastest, above all for ASCII markup.
        if (high == 0 && off == 0 && len == text.length() && len > 0
                && !Character.isHighSurrogate(text.charAt(len - 1))) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
            return;
        }
        if (scratch.length < len) {
            scratch = new char[Math.max(len, 2 * scratch.length)];
        }
        text.getChars(off, off + len, scratch, 0);
        write(scratch, 0, len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(3 * len + 3);
        int end = off + len;
        int i = off;
        if (high == 0) {
            // Markup is mostly ASCII: copy it byte for byte until the first other character.
            byte[] bytes = buffer;
            int n = size;
            while (i < end && chars[i] < 0x80) {
                bytes[n++] = (byte) chars[i++];
            }
            size = n;
        }
        for (; i < end; i++) {
            encode(chars[i]);
        }
    }

    @Override
    public void write(int c) {
        ensure(6);
        encode((char) c);
    }

    @Override
    public void flush() {
        // Nothing is buffered outside the byte array.
    }

    @Override
    public void close() {
        // The buffer is reused; take() hands out its bytes.
    }

    /** Room for at least {@code more} further bytes. */
    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void encode(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(first, c);
                put((byte) (0xF0 | code >> 18));
                put((byte) (0x80 | code >> 12 & 0x3F));
                put((byte) (0x80 | code >> 6 & 0x3F));
                put((byte) (0x80 | code & 0x3F));
                return;
            }
            put(REPLACEMENT);
        }
        if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            put(REPLACEMENT);
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void put(byte b) {
        buffer[size++] = b;
    }
}
