package dev.sitegen.site;

import dev.sitegen.discover.TagMentions;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.Topic;
import dev.sitegen.render.Link;
import dev.sitegen.render.Page;
import dev.sitegen.render.PaperItem;
import dev.sitegen.render.TagIndexView;
import dev.sitegen.render.TagView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tag index (tags of two or more papers by count, then single-paper tags A–Z) and one page per canonical
 * tag listing its papers by topic, the tags most often found with it, and papers that name it without the tag.
 */
final class TagPages {
    /** The tag index's filter box, a theme asset. */
    static final String FILTER_SCRIPT = "tag-filter.js";
    /** Papers shown under "also about": the ones that name the tag most often. */
    static final int ALSO_ABOUT = 30;

    private TagPages() {}

    static List<Page> pages(PageContext ctx) {
        Places places = Places.of(ctx);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(SiteLayout.TAG_INDEX, "tag-index.ftlh", () -> index(ctx)));
        for (Tag tag : ctx.catalog().tags()) {
            String path = ctx.layout().tag(tag.slug());
            pages.add(new Page(path, "tag.ftlh", () -> tagView(ctx, tag, path, places)));
        }
        return pages;
    }

    /** Each paper's place in topic order and its topic, so a tag page lists its papers without a catalog scan. */
    private record Places(Map<String, Integer> order, Map<String, Topic> topics) {
        static Places of(PageContext ctx) {
            Map<String, Integer> order = new HashMap<>();
            Map<String, Topic> topics = new HashMap<>();
            for (Topic topic : ctx.catalog().topics()) {
                for (Paper paper : topic.papers()) {
                    order.putIfAbsent(paper.id(), order.size());
                    topics.putIfAbsent(paper.id(), topic);
                }
            }
            return new Places(order, topics);
        }
    }

    private static TagIndexView index(PageContext ctx) {
        String from = SiteLayout.TAG_INDEX;
        List<Tag> tags = ctx.catalog().tags();
        // The catalog lists tags most used first, so the common ones keep that order.
        List<TagIndexView.Entry> common = tags.stream()
                .filter(t -> t.count() >= 2)
                .map(t -> entry(ctx, t, from))
                .toList();
        List<TagIndexView.Entry> singletons = tags.stream()
                .filter(t -> t.count() < 2)
                .sorted(Comparator.comparing((Tag t) -> t.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Tag::slug))
                .map(t -> entry(ctx, t, from))
                .toList();
        String description = tags.size() + " 个标签：" + common.size() + " 个用于两篇以上论文，按论文数排列；其余各只有一篇。";
        return new TagIndexView(
                ctx.frames().frame(from, "全部标签", description, "tags"),
                tags.size(),
                common,
                singletons,
                ctx.layout().href(from, ctx.layout().asset(FILTER_SCRIPT)));
    }

    private static TagIndexView.Entry entry(PageContext ctx, Tag tag, String from) {
        Set<String> match = new LinkedHashSet<>();
        match.add(tag.name().toLowerCase(Locale.ROOT));
        tag.spellings().forEach(s -> match.add(s.toLowerCase(Locale.ROOT)));
        return new TagIndexView.Entry(
                ctx.items().tagLink(tag.slug(), from, true),
                String.join(" | ", match),
                ctx.discoveries().contextTags().contains(tag.slug()));
    }

    private static TagView tagView(PageContext ctx, Tag tag, String path, Places places) {
        List<Paper> tagged = tag.paperIds().stream()
                .distinct()
                .filter(places.order()::containsKey)
                .sorted(Comparator.comparing(places.order()::get))
                .map(ctx.papersById()::get)
                .toList();
        Map<String, Topic> topicsByPaper = places.topics();
        List<TagView.TopicGroup> groups = new ArrayList<>();
        for (int from = 0; from < tagged.size(); ) {
            Topic topic = topicsByPaper.get(tagged.get(from).id());
            int to = from;
            while (to < tagged.size() && topicsByPaper.get(tagged.get(to).id()) == topic) {
                to++;
            }
            List<PaperItem> items = tagged.subList(from, to).stream()
                    .map(p -> ctx.items().item(p, path))
                    .toList();
            Link link = new Link(ctx.layout().href(path, ctx.layout().topic(topic.slug())), topic.name(), items.size());
            groups.add(new TagView.TopicGroup(link, items));
            from = to;
        }
        String description = "标签 " + tag.name() + "：" + tag.count() + " 篇论文";
        List<String> otherSpellings =
                tag.spellings().stream().filter(s -> !s.equals(tag.name())).toList();
        List<Link> related = ctx.discoveries().relatedTags().getOrDefault(tag.slug(), List.of()).stream()
                .map(r -> new Link(ctx.layout().href(path, ctx.layout().tag(r.slug())), r.name(), r.together()))
                .toList();
        List<TagMentions.Mention> mentions = ctx.discoveries().tagMentions().getOrDefault(tag.slug(), List.of());
        List<PaperItem> alsoAbout = mentions.stream()
                .limit(ALSO_ABOUT)
                .map(m -> ctx.papersById().get(m.paperId()))
                .filter(p -> p != null)
                .map(p -> ctx.items().item(p, path))
                .toList();
        return new TagView(
                ctx.frames().frame(path, tag.name(), description, "tags"),
                tag.name(),
                tag.count(),
                otherSpellings,
                ctx.layout().href(path, SiteLayout.TAG_INDEX),
                related,
                groups,
                alsoAbout,
                mentions.size(),
                TagMentions.MIN_MENTIONS);
    }
}
