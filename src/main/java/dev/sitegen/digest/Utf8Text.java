package dev.sitegen.digest;

import java.nio.ByteBuffer;
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
        return new Utf8Text(text, text.indexOf('\uFFFD') < 0 ? Set.of() : badLines(bytes));
    }

    /** Line by line: no UTF-8 sequence spans a line feed, so the file is valid exactly when every line is. */
    private static Set<Integer> badLines(byte[] bytes) {
        Set<Integer> bad = new TreeSet<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset();
                    decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    bad.add(line);
                }
                line++;
                start = i + 1;
            }
        }
        return bad;
    }
}
