package dev.sitegen.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Readable ASCII slugs ({@code large-language-models}); non-ASCII names keep their ASCII part plus a short hash. */
final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MAX = 60;
    private static final int HASH_DIGITS = 6;

    private Slugs() {}

    static String of(String name, String fallbackPrefix) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(java.util.Locale.ROOT);
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-");
        slug = trimDashes(
                slug.length() > MAX
                        ? slug.substring(0, slug.lastIndexOf('-', MAX) > 0 ? slug.lastIndexOf('-', MAX) : MAX)
                        : slug);
        if (slug.isEmpty()) {
            return fallbackPrefix + "-" + hash(name, HASH_DIGITS);
        }
        // Letters that NFKD cannot spell in ASCII (Chinese) would vanish: a hash keeps such slugs apart.
        return hasNonAscii(name) ? slug + "-" + hash(name, HASH_DIGITS) : slug;
    }

    private static boolean hasNonAscii(String s) {
        return s.chars().anyMatch(c -> c > 127 && Character.isLetter(c));
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of {@code text} (UTF-8). */
    static String hash(String text, int hexDigits) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
