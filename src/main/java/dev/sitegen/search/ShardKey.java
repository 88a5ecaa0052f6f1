package dev.sitegen.search;

/**
 * Which postings shard holds a term. A Han term is keyed by its first character and a word by its
 * first three characters, so every completion of a prefix (a word of at least three characters, or one
 * Han character) lives in the same shard as the prefix. The key is hashed with 32-bit FNV-1a over its
 * UTF-16 code units; {@code search-engine.js} computes the same.
 */
public final class ShardKey {

    private final int shards;

    public ShardKey(int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be >= 1, was " + shards);
        }
        this.shards = shards;
    }

    public int shards() {
        return shards;
    }

    /** The shard of {@code term}, in {@code 0..shards-1}. */
    public int shardOf(String term) {
        return Integer.remainderUnsigned(fnv1a(key(term)), shards);
    }

    static String key(String term) {
        int keep = Tokenizer.isHan(term.codePointAt(0)) ? 1 : 3;
        int cps = term.codePointCount(0, term.length());
        return term.substring(0, term.offsetByCodePoints(0, Math.min(keep, cps)));
    }

    static int fnv1a(String s) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }
}
