package dev.sitegen.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Builds the site's search index from its documents: tokenise and score ({@link InvertedIndexBuilder}),
 * learn synonyms ({@link SynonymTable}), then encode as files ({@link IndexFiles}). Pure: returns bytes, writes nothing.
 *
 * <pre>{@code SearchIndex index = new SearchIndexBuilder().build(documents);}</pre>
 */
public final class SearchIndexBuilder {

    private final Tokenizer tokenizer;
    private final ObjectMapper json;

    public SearchIndexBuilder() {
        this(new Tokenizer(), new ObjectMapper());
    }

    public SearchIndexBuilder(Tokenizer tokenizer, ObjectMapper json) {
        this.tokenizer = tokenizer;
        this.json = json;
    }

    public SearchIndex build(List<SearchDocument> docs) {
        return build(docs, SynonymGroups.none());
    }

    /** The index of {@code docs}, with the synonyms their acronyms teach and the {@code curated} ones. */
    public SearchIndex build(List<SearchDocument> docs, SynonymGroups curated) {
        SynonymTable synonyms = SynonymTable.of(docs, curated);
        InvertedIndex index = new InvertedIndexBuilder(tokenizer, synonyms.phraseTerms()).build(docs);
        return new IndexFiles(json).encode(index, synonyms);
    }
}
