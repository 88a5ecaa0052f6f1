package dev.sitegen.search;

import java.util.List;

/**
 * Builds the site's search index from its documents: tokenise and score ({@link InvertedIndexBuilder}),
 * learn synonyms ({@link SynonymTable}), then encode as files ({@link IndexFiles}). Pure: returns bytes, writes nothing.
 *
 * <pre>{@code SearchIndex index = new SearchIndexBuilder().build(documents, SynonymGroups.none());}</pre>
 */
public final class SearchIndexBuilder {

    /** The index of {@code docs}, with the synonyms their acronyms teach and the {@code curated} ones. */
    public SearchIndex build(List<SearchDocument> docs, SynonymGroups curated) {
        SynonymTable synonyms = SynonymTable.of(docs, curated);
        InvertedIndex index = new InvertedIndexBuilder(synonyms.phraseTerms()).build(docs);
        return new IndexFiles().encode(index, synonyms);
    }
}
