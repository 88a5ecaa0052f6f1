package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Topic;
import java.util.ArrayList;
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
 * <p>The region names are placed so no two overlap: each label tries its region's centre, then a few spots
 * around it, and is left out when all of them collide with a larger region's label (a missing label is better
 * than two unreadable ones). Widths are estimated from the characters (Han and full-width ones count one em,
 * Latin about half), with a margin for the bold weight.
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

    /** In map units; the page shows the map at 720 px or wider, so a label is 13 px or more on screen. */
    static final double FONT_SIZE = 18;

    static final double LINE_HEIGHT = 1.2 * FONT_SIZE;
    /** Room around each label, so neighbouring labels do not touch. */
    static final double GAP = 6;

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
        svg.append(labels(MapRegions.of(catalog, points)));
        return svg.append("</svg>\n").toString();
    }

    /** The regions' names: a {@code <g>} with one {@code <text>} per placed label; empty when there are no regions. */
    static String labels(List<MapRegion> regions) {
        if (regions.isEmpty()) {
            return "";
        }
        List<double[]> placed = new ArrayList<>();
        StringBuilder svg = new StringBuilder("<g class=\"map-labels\" aria-hidden=\"true\" font-size=\"")
                .append(SvgText.number(FONT_SIZE))
                .append("\" font-weight=\"600\" text-anchor=\"middle\" pointer-events=\"none\">\n");
        for (MapRegion region : regions) {
            double w = 0;
            for (String name : region.names()) {
                w = Math.max(w, labelWidth(name));
            }
            double h = region.names().size() * LINE_HEIGHT;
            double[] box = place(region, w + 2 * GAP, h + 2 * GAP, placed);
            if (box == null) {
                continue;
            }
            placed.add(box);
            double centreX = box[0] + box[2] / 2;
            double top = box[1] + GAP;
            svg.append("<text class=\"map-label\">");
            for (int line = 0; line < region.names().size(); line++) {
                svg.append("<tspan x=\"")
                        .append(SvgText.number(PaperMap.round(centreX)))
                        .append("\" y=\"")
                        // the baseline sits about 0.8 em below the top of its line
                        .append(SvgText.number(PaperMap.round(top + line * LINE_HEIGHT + 0.8 * FONT_SIZE)))
                        .append(line == 0 ? "\">" : "\" class=\"minor\">")
                        .append(SvgText.escape(region.names().get(line)))
                        .append("</tspan>");
            }
            svg.append("</text>\n");
        }
        return svg.append("</g>\n").toString();
    }

    /** The first free box {x, y, w, h} near the region's centre, kept inside the map; null if none is free. */
    private static double[] place(MapRegion region, double w, double h, List<double[]> placed) {
        double[][] offsets = {{0, 0}, {0, -0.7}, {0, 0.7}, {-0.35, 0}, {0.35, 0}, {0, -1.4}, {0, 1.4}};
        for (double[] offset : offsets) {
            double x = clamp(region.x() - w / 2 + offset[0] * w, MARGIN, WIDTH - MARGIN - w);
            double y = clamp(region.y() - h / 2 + offset[1] * h, MARGIN, HEIGHT - MARGIN - h);
            double[] box = {x, y, w, h};
            if (placed.stream().noneMatch(other -> overlaps(box, other))) {
                return box;
            }
        }
        return null;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** Estimated width in map units of {@code text} at {@link #FONT_SIZE}, bold. */
    static double labelWidth(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp)
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || cp >= 0xFF00) {
                ems += 1;
            } else if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') {
                ems += 0.72;
            } else if (cp == ' ' || cp == 'i' || cp == 'l' || cp == '-' || cp == '.') {
                ems += 0.3;
            } else {
                ems += 0.58;
            }
        }
        return ems * FONT_SIZE * 1.05;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
