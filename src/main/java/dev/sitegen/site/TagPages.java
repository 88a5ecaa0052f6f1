package dev.sitegen.site;

import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.Topic;
import dev.sitegen.render.Link;
import dev.sitegen.render.Page;
import dev.sitegen.render.PaperItem;
import dev.sitegen.render.TagIndexView;
import dev.sitegen.render.TagView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tag index (most used, then A–Z) and one page per canonical tag listing its papers by topic and the
 * tags most often found with it.
 */
final class TagPages {
    static final int MOST_USED = 40;
    private static final String OTHER = "#";

    private TagPages() {
    }

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
    private record Places(Map<String, Integer> order, Map<String, Topic> topics, Map<String, Paper> papers) {
        static Places of(PageContext ctx) {
            Map<String, Integer> order = new HashMap<>();
            Map<String, Topic> topics = new HashMap<>();
            for (Topic topic : ctx.catalog().topics()) {
                for (Paper paper : topic.papers()) {
                    order.putIfAbsent(paper.id(), order.size());
                    topics.putIfAbsent(paper.id(), topic);
                }
            }
            return new Places(order, topics, ctx.catalog().papersById());
        }
    }

    private static TagIndexView index(PageContext ctx) {
        String from = SiteLayout.TAG_INDEX;
        List<Tag> tags = ctx.catalog().tags();
        List<Link> mostUsed = tags.stream().limit(MOST_USED).map(t -> ctx.items().tagLink(t.slug(), from, true))
                .toList();
        Map<String, List<Tag>> byLetter = tags.stream().collect(Collectors.groupingBy(TagPages::letter,
                () -> new TreeMap<>(Comparator.comparing((String l) -> l.equals(OTHER)).thenComparing(l -> l)),
                Collectors.toList()));
        List<TagIndexView.Group> groups = byLetter.entrySet().stream()
                .map(e -> new TagIndexView.Group(e.getKey(), groupId(e.getKey()), e.getValue().stream()
                        .sorted(Comparator.comparing((Tag t) -> t.name().toLowerCase(Locale.ROOT))
                                .thenComparing(Tag::slug))
                        .map(t -> ctx.items().tagLink(t.slug(), from, true))
                        .toList()))
                .toList();
        String description = tags.size() + " 个标签，按使用次数与字母顺序排列。";
        return new TagIndexView(ctx.frames().frame(from, "全部标签", description, "tags", false), tags.size(), mostUsed,
                groups);
    }

    private static TagView tagView(PageContext ctx, Tag tag, String path, Places places) {
        List<Paper> tagged = tag.paperIds().stream().distinct().filter(places.order()::containsKey)
                .sorted(Comparator.comparing(places.order()::get)).map(places.papers()::get).toList();
        Map<String, Topic> topicsByPaper = places.topics();
        List<TagView.TopicGroup> groups = new ArrayList<>();
        for (int from = 0; from < tagged.size();) {
            Topic topic = topicsByPaper.get(tagged.get(from).id());
            int to = from;
            while (to < tagged.size() && topicsByPaper.get(tagged.get(to).id()) == topic) {
                to++;
            }
            List<PaperItem> items = tagged.subList(from, to).stream().map(p -> ctx.items().item(p, path)).toList();
            Link link = new Link(ctx.layout().href(path, ctx.layout().topic(topic.slug())), topic.name(), items.size());
            groups.add(new TagView.TopicGroup(link, items));
            from = to;
        }
        boolean hasMath = groups.stream().anyMatch(g -> PageContext.hasMath(g.papers()));
        String description = "标签 " + tag.name() + "：" + tag.count() + " 篇论文";
        List<String> otherSpellings = tag.spellings().stream().filter(s -> !s.equals(tag.name())).toList();
        List<Link> related = ctx.discoveries().relatedTags().getOrDefault(tag.slug(), List.of()).stream()
                .map(r -> new Link(ctx.layout().href(path, ctx.layout().tag(r.slug())), r.name(), r.together()))
                .toList();
        return new TagView(ctx.frames().frame(path, tag.name(), description, "tags", hasMath), tag.name(),
                tag.count(), otherSpellings, ctx.layout().href(path, SiteLayout.TAG_INDEX), related, groups);
    }

    /** Tags are grouped by their first Latin letter; tags starting otherwise share one group at the end. */
    private static String letter(Tag tag) {
        char first = tag.name().isEmpty() ? ' ' : Character.toUpperCase(tag.name().charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : OTHER;
    }

    private static String groupId(String letter) {
        return letter.equals(OTHER) ? "tags-other" : "tags-" + letter.toLowerCase(Locale.ROOT);
    }
}
