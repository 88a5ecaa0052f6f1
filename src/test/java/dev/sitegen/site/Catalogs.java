package dev.sitegen.site;

import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small hand-built catalogs for rendering tests; the digest reader is tested elsewhere. */
public final class Catalogs {
    private Catalogs() {}

    /** Two topics in one area, four papers, three tags (one written two ways). */
    public static Catalog small() {
        Builder b = new Builder("基础/前沿模型 (含LLM)");
        b.topic("reasoning", "推理与思维链");
        b.paper("p1", "Chain Reasoner", "ChainR", "We study reasoning chains. They help.", "LLM", "Reasoning");
        b.paper("p2", "Step Verifier", null, "Verifiers check steps. Results improve.", "LLMs", "Verification");
        b.topic("efficiency", "效率与压缩");
        b.paper("p3", "Cache Squeezer", "KVSqueeze", "KV caches are large. We compress them.", "LLM", "KV Cache");
        b.paper("p4", "Tiny Experts", null, "Mixture of experts at small scale.", "KV Cache");
        return b.catalog();
    }

    /** Every text field carries markup, scripts, Freemarker syntax or hostile URLs. */
    public static Catalog poisoned() {
        String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>${7*7}<#assign x=1>"
                + "[click](javascript:alert(3))<a href=\"javascript:alert(4)\">a</a>";
        Builder b = new Builder("Area " + evil);
        b.topic("evil-topic", "Topic " + evil);
        b.paper("evil", "Title " + evil, "Method " + evil, "Abstract " + evil + ". More </script>.", "Tag " + evil);
        b.paper("plain", "Plain", null, "Plain abstract.", "Tag " + evil);
        return b.catalog();
    }

    /** Builds a catalog in digest order: topics, then papers of the last topic. */
    public static final class Builder {
        private final String area;
        private final List<String[]> topics = new ArrayList<>();
        private final Map<String, List<Paper>> papers = new LinkedHashMap<>();
        private final Map<String, Tag> tags = new LinkedHashMap<>();

        public Builder(String area) {
            this.area = area;
        }

        public Builder topic(String slug, String name) {
            topics.add(new String[] {slug, name});
            papers.put(slug, new ArrayList<>());
            return this;
        }

        public Builder paper(String id, String title, String method, String abstractText, String... tagNames) {
            String[] topic = topics.get(topics.size() - 1);
            List<TagRef> refs = new ArrayList<>();
            for (String name : tagNames) {
                String slug = slug(name);
                refs.add(new TagRef(name, slug));
                Tag old = tags.getOrDefault(slug, new Tag(slug, name, List.of(name), List.of()));
                List<String> ids = new ArrayList<>(old.paperIds());
                ids.add(id);
                List<String> spellings = new ArrayList<>(old.spellings());
                if (!spellings.contains(name)) {
                    spellings.add(name);
                }
                tags.put(slug, new Tag(slug, old.name(), spellings, ids));
            }
            List<SummaryField> fields = List.of(
                    new SummaryField("🎯", "研究动机", "动机：" + title),
                    new SummaryField("❓", "解决问题", "解决 " + title + " 的问题"),
                    new SummaryField("🛠️", "主要方法", "方法 " + (method == null ? "" : method)));
            Optional<String> tldr = id.equals("p1") ? Optional.of("TL;DR of " + title) : Optional.empty();
            papers.get(topic[0])
                    .add(new Paper(
                            id,
                            title,
                            Optional.ofNullable(method),
                            area,
                            topic[1],
                            refs,
                            tldr,
                            fields,
                            List.of(abstractText),
                            new SourceLocation("fixture.txt", papers.size() * 10)));
            return this;
        }

        public Catalog catalog() {
            List<Topic> built = topics.stream()
                    .map(t -> new Topic(t[0], t[1], area, papers.get(t[0])))
                    .toList();
            List<Tag> sorted = tags.values().stream()
                    .sorted(java.util.Comparator.comparingInt(Tag::count)
                            .reversed()
                            .thenComparing(Tag::name))
                    .toList();
            return new Catalog(List.of(new Area(area, built)), sorted);
        }

        /** Folds plural and case like the real catalog does, enough for fixtures. */
        private static String slug(String name) {
            String s = name.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            s = s.endsWith("s") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
            return s.isEmpty() ? "tag" : s;
        }
    }
}
