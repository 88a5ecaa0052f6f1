package dev.sitegen.digest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** Decoded file text plus the 1-based numbers of lines that held invalid UTF-8 (replaced by U+FFFD). */
record Utf8Text(String text, Set<Integer> badLines) {

    static Utf8Text decode(byte[] bytes) {
        // The JDK's own String decoding is several times faster than a CharsetDecoder; it replaces malformed
        // input with U+FFFD, so text without U+FFFD was valid, and only text with one needs the strict decoder
        // (which also tells a U+FFFD written in the file from one that stands for bad bytes).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Utf8Text(text, Set.of());
        }
        try {
            return new Utf8Text(strict().decode(ByteBuffer.wrap(bytes)).toString(), Set.of());
        } catch (CharacterCodingException e) {
            return new Utf8Text(new String(bytes, StandardCharsets.UTF_8), badLines(bytes));
        }
    }

    private static Set<Integer> badLines(byte[] bytes) {
        Set<Integer> bad = new TreeSet<>();
        CharsetDecoder decoder = strict();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset();
                    CharBuffer ignored = decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
                    ignored.clear();
                } catch (CharacterCodingException e) {
                    bad.add(line);
                }
                line++;
                start = i + 1;
            }
        }
        return bad;
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
