package dev.sitegen.search;

import dev.sitegen.text.ContentMemo;
import java.util.List;
import java.util.Optional;

/**
 * Builds the site's search index from its documents: tokenise and score ({@link InvertedIndexBuilder}),
 * learn synonyms ({@link SynonymTable}), then encode as files ({@link IndexFiles}). Pure: returns bytes, writes nothing.
 *
 * <pre>{@code SearchIndex index = new SearchIndexBuilder(Optional.empty()).build(documents, SynonymGroups.none());}</pre>
 */
public final class SearchIndexBuilder {
    private final Optional<ContentMemo> memo;

    /** A builder that keeps the term counts of each batch of documents in {@code memo} ({@code serve}), if given. */
    public SearchIndexBuilder(Optional<ContentMemo> memo) {
        this.memo = memo;
    }

    /** The index of {@code docs}, with the synonyms their acronyms teach and the {@code curated} ones. */
    public SearchIndex build(List<SearchDocument> docs, SynonymGroups curated) {
        SynonymTable synonyms = SynonymTable.of(docs, curated);
        InvertedIndex index = new InvertedIndexBuilder(synonyms.phraseTerms(), memo).build(docs);
        return new IndexFiles().encode(index, synonyms);
    }
}
