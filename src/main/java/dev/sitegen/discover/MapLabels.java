package dev.sitegen.discover;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the names of the map's regions as SVG text, placed so no two overlap: each label tries its
 * region's centre, then a few spots around it, and is left out when all of them collide with a larger
 * region's label (a missing label is better than two unreadable ones). Widths are estimated from the
 * characters (Han and full-width ones count one em, Latin about half), with a margin for the bold weight.
 */
final class MapLabels {

    /** In map units; the page shows the map at 720 px or wider, so this is 13 px or more on screen. */
    static final double FONT_SIZE = 18;

    static final double LINE_HEIGHT = 1.2 * FONT_SIZE;
    /** Room around each label, so neighbouring labels do not touch. */
    static final double GAP = 6;

    private MapLabels() {}

    /** A {@code <g>} with one {@code <text>} per placed label; empty when there are no regions. */
    static String svg(List<MapRegion> regions, double width, double height, double margin) {
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
                w = Math.max(w, width(name));
            }
            double h = region.names().size() * LINE_HEIGHT;
            double[] box = place(region, w + 2 * GAP, h + 2 * GAP, width, height, margin, placed);
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
    private static double[] place(
            MapRegion region, double w, double h, double width, double height, double margin, List<double[]> placed) {
        double[][] offsets = {{0, 0}, {0, -0.7}, {0, 0.7}, {-0.35, 0}, {0.35, 0}, {0, -1.4}, {0, 1.4}};
        for (double[] offset : offsets) {
            double x = clamp(region.x() - w / 2 + offset[0] * w, margin, width - margin - w);
            double y = clamp(region.y() - h / 2 + offset[1] * h, margin, height - margin - h);
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
    static double width(String text) {
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
