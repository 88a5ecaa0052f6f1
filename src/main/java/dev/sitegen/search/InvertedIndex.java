package dev.sitegen.search;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents and, for each term, its postings in document order; the search index before encoding.
 * Terms are unordered: the encoder sorts them once.
 */
public record InvertedIndex(List<SearchDocument> docs, Map<String, List<Posting>> postings) {
    public InvertedIndex {
        docs = List.copyOf(docs);
        Map<String, List<Posting>> copy = new HashMap<>(postings.size() * 2);
        postings.forEach((term, list) -> copy.put(term, List.copyOf(list)));
        postings = Collections.unmodifiableMap(copy);
    }

    /** The postings of {@code term}, empty when no document has it. */
    public List<Posting> postings(String term) {
        return postings.getOrDefault(term, List.of());
    }

    /** Whether {@code term} is a Han bigram, the only kind of term whose positions are kept. */
    public static boolean isHanBigram(String term) {
        return term.codePointCount(0, term.length()) == 2 && Tokenizer.isHan(term.codePointAt(0));
    }
}
