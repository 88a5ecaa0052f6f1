package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws the paper map as a standalone, script-free SVG: one link per paper (titled with the paper's
 * title, so hovering shows it and screen readers announce it), dots grouped and coloured by topic (each
 * group carries its topic's slug as {@code data-topic}, for the page to highlight one), the names of the
 * map's {@link MapRegions} over them. The page shows the topics' legend as HTML beside it, where it stays
 * readable on small screens. Inline it in the page so the links work.
 *
 * <p>Example: {@code PaperMapSvg.render(catalog, PaperMap.layout(vectors, graph, PaperMapSvg.WIDTH,
 * PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN), layout::paperUrl)}.
 */
public final class PaperMapSvg {

    /** Plot area size in viewBox units. */
    public static final double WIDTH = 1000;

    public static final double HEIGHT = 640;
    public static final double MARGIN = 12;
    static final double RADIUS = 4;
    /** The drawing's accessible name, in the site's Chinese. */
    static final String TITLE = "论文地图";

    private PaperMapSvg() {}

    /** The SVG document for {@code points} (from {@link PaperMap#layout}); {@code urlOf} gives each dot's link. */
    public static String render(Catalog catalog, List<MapPoint> points, Function<Paper, String> urlOf) {
        Map<String, Paper> papers = catalog.papersById();
        List<Topic> topics = catalog.topics();
        Map<String, StringBuilder> dotsByTopic = new LinkedHashMap<>();
        topics.forEach(t -> dotsByTopic.put(t.name(), new StringBuilder()));
        for (MapPoint point : points) {
            Paper paper = papers.get(point.paperId());
            dotsByTopic
                    .computeIfAbsent(paper.topic(), k -> new StringBuilder())
                    .append("<a href=\"")
                    .append(SvgText.escape(urlOf.apply(paper)))
                    .append("\">")
                    .append("<title lang=\"en\">")
                    .append(SvgText.escape(paper.title()))
                    .append("</title>")
                    .append("<circle cx=\"")
                    .append(SvgText.number(point.x()))
                    .append("\" cy=\"")
                    .append(SvgText.number(point.y()))
                    .append("\" r=\"")
                    .append(SvgText.number(RADIUS))
                    .append("\"/></a>\n");
        }
        StringBuilder svg = new StringBuilder(points.size() * 160 + 2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"paper-map\" viewBox=\"0 0 ")
                .append(SvgText.number(WIDTH))
                .append(' ')
                .append(SvgText.number(HEIGHT))
                .append(
                        "\" aria-labelledby=\"paper-map-title paper-map-desc\" font-family=\"system-ui, sans-serif\">\n")
                .append("<title id=\"paper-map-title\">")
                .append(TITLE)
                .append("</title>\n")
                .append("<desc id=\"paper-map-desc\">")
                .append(points.size())
                .append(" 篇论文按文本相似度排布：距离越近的点，内容越相近。")
                .append("颜色表示主题，每个点都链接到对应论文。</desc>\n");
        Map<String, String> slugs = new LinkedHashMap<>();
        topics.forEach(t -> slugs.put(t.name(), t.slug()));
        int index = 0;
        for (Map.Entry<String, StringBuilder> group : dotsByTopic.entrySet()) {
            svg.append("<g class=\"topic-")
                    .append(index)
                    .append("\" data-topic=\"")
                    .append(SvgText.escape(slugs.getOrDefault(group.getKey(), "")))
                    .append("\" fill=\"")
                    .append(TopicPalette.colour(index))
                    .append("\" fill-opacity=\"0.85\">\n")
                    .append(group.getValue())
                    .append("</g>\n");
            index++;
        }
        // after the dots, so the names are drawn over them
        svg.append(MapLabels.svg(MapRegions.of(catalog, points), WIDTH, HEIGHT, MARGIN));
        return svg.append("</svg>\n").toString();
    }
}
