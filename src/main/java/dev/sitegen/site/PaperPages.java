package dev.sitegen.site;

import dev.sitegen.discover.Related;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Topic;
import dev.sitegen.render.Link;
import dev.sitegen.render.Page;
import dev.sitegen.render.PageView;
import dev.sitegen.render.PaperView;
import dev.sitegen.render.RelatedItem;
import dev.sitegen.text.Html;
import dev.sitegen.text.RichText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One page per paper, with similar papers, previous/next links inside its topic and search links to other sites. */
final class PaperPages {
    static final int RELATED = 5;
    /**
     * Below this cosine similarity two papers share little more than common words; read against the abstracts,
     * neighbours under it were mostly unrelated, so an outlier paper shows fewer similar papers, or none.
     */
    static final double MIN_SIMILARITY = 0.085;
    /** A neighbour far weaker than the paper's best one is mostly noise next to it. */
    static final double MIN_SHARE_OF_BEST = 0.6;

    private PaperPages() {}

    static List<Page> pages(PageContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (Topic topic : ctx.catalog().topics()) {
            List<Paper> papers = topic.papers();
            for (int i = 0; i < papers.size(); i++) {
                Paper paper = papers.get(i);
                Optional<Paper> previous = i > 0 ? Optional.of(papers.get(i - 1)) : Optional.empty();
                Optional<Paper> next = i + 1 < papers.size() ? Optional.of(papers.get(i + 1)) : Optional.empty();
                String path = ctx.layout().paper(paper.id());
                pages.add(new Page(path, "paper.ftlh", () -> view(ctx, topic, paper, previous, next, path)));
            }
        }
        return pages;
    }

    private static PaperView view(
            PageContext ctx, Topic topic, Paper paper, Optional<Paper> previous, Optional<Paper> next, String path) {
        SiteLayout layout = ctx.layout();
        RichText text = ctx.text();
        PaperTexts texts = ctx.texts();
        Html title = texts.title(paper);
        Optional<Html> tldr = paper.tldr().filter(t -> !t.isBlank()).map(text::inline);
        List<PaperView.Field> fields = paper.fields().stream()
                .map(f -> new PaperView.Field(f.icon(), f.label(), text.inline(f.text())))
                .toList();
        Html abstractHtml = text.prose(paper.abstractParagraphs()).html();
        boolean hasMath = Stream.concat(
                        Stream.of(title, abstractHtml),
                        Stream.concat(tldr.stream(), fields.stream().map(PaperView.Field::text)))
                .anyMatch(Html::hasMath);
        List<Link> tags = ctx.items().tagLinks(paper, path);
        String description = texts.description(paper);
        Html jsonLd = JsonLd.scholarlyArticle(
                paper.title(),
                description,
                ctx.config().language(),
                tags.stream().map(Link::label).toList(),
                topic.name(),
                layout.absolute(path),
                ctx.config().title());
        PageView frame = ctx.frames().frame(path, paper.title(), description, "topics", hasMath, "article", jsonLd);
        Link topicLink = Link.of(layout.href(path, layout.topic(topic.slug())), topic.name());
        Link areaLink = Link.of(layout.href(path, SiteLayout.HOME) + "#topics", topic.area());
        return new PaperView(
                frame,
                title,
                areaLink,
                topicLink,
                tags,
                tldr.orElse(null),
                fields,
                abstractHtml,
                related(ctx, paper, path),
                previous.map(p -> paperLink(ctx, p, path)).orElse(null),
                next.map(p -> paperLink(ctx, p, path)).orElse(null),
                elsewhere(texts.lookupQuery(paper)),
                SourceLinks.of(ctx.config().repositoryUrl(), paper),
                ctx.items().star(paper));
    }

    /** The most similar papers that are similar enough to be worth a look, with the tags and words they share. */
    private static List<RelatedItem> related(PageContext ctx, Paper paper, String path) {
        Map<String, String> tagSlugs = ctx.discoveries().tagSlugsByName();
        List<Related> neighbours = ctx.discoveries().related().getOrDefault(paper.id(), List.of());
        double floor = Math.max(
                MIN_SIMILARITY,
                MIN_SHARE_OF_BEST
                        * neighbours.stream().mapToDouble(Related::score).max().orElse(0));
        return neighbours.stream()
                .filter(r -> r.score() >= floor && !r.paperId().equals(paper.id()))
                .limit(RELATED)
                .map(r -> {
                    Paper other = ctx.papersById().get(r.paperId());
                    List<Link> shared = r.sharedTags().stream()
                            .filter(tagSlugs::containsKey)
                            .map(name -> ctx.items().tagLink(tagSlugs.get(name), path, false))
                            .toList();
                    return new RelatedItem(
                            paperLink(ctx, other, path),
                            RelatedItem.langOf(other.title()),
                            shared,
                            r.sharedTerms().stream().map(RelatedItem.Term::of).toList());
                })
                .toList();
    }

    private static Link paperLink(PageContext ctx, Paper paper, String fromPath) {
        return Link.of(ctx.layout().href(fromPath, ctx.layout().paper(paper.id())), paper.title());
    }

    /** Plain outbound search links; nothing is fetched from these sites. */
    static List<Link> elsewhere(String query) {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return List.of(
                Link.of("https://openreview.net/search?term=" + q, "OpenReview"),
                Link.of("https://arxiv.org/search/?query=" + q + "&searchtype=all", "arXiv"),
                Link.of("https://scholar.google.com/scholar?q=" + q, "Google Scholar"));
    }
}
