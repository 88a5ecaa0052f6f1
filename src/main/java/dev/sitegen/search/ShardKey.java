package dev.sitegen.search;

/**
 * Which postings shard holds a term. A Han term is keyed by its first character and a word by its
 * first three characters, so every completion of a prefix (a word of at least three characters, or one
 * Han character) lives in the same shard as the prefix. The key is hashed with 32-bit FNV-1a over its
 * UTF-16 code units; {@code search-engine.js} computes the same.
 */
public record ShardKey(int shards) {

    /** The shard of {@code term}, in {@code 0..shards-1}. */
    public int shardOf(String term) {
        return Integer.remainderUnsigned(fnv1a(term, keyLength(term)), shards);
    }

    /** The number of UTF-16 units of the key: one code point of a Han term, up to three of a word. */
    private static int keyLength(String term) {
        int keep = Tokenizer.isHan(term.codePointAt(0)) ? 1 : 3;
        int end = 0;
        for (int cp = 0; cp < keep && end < term.length(); cp++) {
            end += Character.charCount(term.codePointAt(end));
        }
        return end;
    }

    private static int fnv1a(String s, int length) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < length; i++) {
            hash ^= s.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }
}
