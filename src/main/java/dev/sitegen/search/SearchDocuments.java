package dev.sitegen.search;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.text.RichText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a catalog into {@link SearchDocument}s, with each field as the plain text a reader sees. */
public final class SearchDocuments {

    private final RichText richText;
    private final Function<Paper, String> url;

    /** {@code url} gives a paper's page relative to the site root, e.g. {@code papers/<id>/index.html}. */
    public SearchDocuments(RichText richText, Function<Paper, String> url) {
        this.richText = richText;
        this.url = url;
    }

    public List<SearchDocument> of(Catalog catalog) {
        Map<String, Tag> tags = catalog.tagsBySlug();
        // Papers are independent and their rich text is most of the work: convert them in parallel, in order.
        return catalog.papers().parallelStream().map(p -> of(p, tags)).toList();
    }

    private SearchDocument of(Paper paper, Map<String, Tag> tags) {
        List<SearchTag> searchTags =
                paper.tags().stream().map(ref -> tag(ref, tags)).toList();
        String fields =
                paper.fields().stream().map(f -> richText.plain(f.text())).collect(Collectors.joining("\n"));
        String abstractText =
                String.join("\n", richText.prose(paper.abstractParagraphs()).plain());
        return new SearchDocument(
                paper.id(),
                url.apply(paper),
                paper.title(),
                paper.method(),
                paper.topic(),
                searchTags,
                paper.tldr().map(richText::plain),
                fields,
                abstractText,
                paper.source().line());
    }

    private static SearchTag tag(TagRef ref, Map<String, Tag> tags) {
        Tag tag = tags.get(ref.slug());
        return new SearchTag(ref.slug(), tag == null ? ref.written() : tag.name(), ref.written());
    }
}
