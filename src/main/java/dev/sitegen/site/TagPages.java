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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        Map<String, Paper> papers = ctx.catalog().papersById();
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(SiteLayout.TAG_INDEX, "tag-index.ftlh", () -> index(ctx)));
        for (Tag tag : ctx.catalog().tags()) {
            String path = ctx.layout().tag(tag.slug());
            pages.add(new Page(path, "tag.ftlh", () -> tagView(ctx, tag, path, papers)));
        }
        return pages;
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

    private static TagView tagView(PageContext ctx, Tag tag, String path, Map<String, Paper> papersById) {
        Set<String> ids = Set.copyOf(tag.paperIds());
        List<TagView.TopicGroup> groups = new ArrayList<>();
        for (Topic topic : ctx.catalog().topics()) {
            List<PaperItem> items = topic.papers().stream().filter(p -> ids.contains(p.id()))
                    .map(p -> ctx.items().item(p, path)).toList();
            if (!items.isEmpty()) {
                Link link = new Link(ctx.layout().href(path, ctx.layout().topic(topic.slug())), topic.name(),
                        items.size());
                groups.add(new TagView.TopicGroup(link, items));
            }
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
