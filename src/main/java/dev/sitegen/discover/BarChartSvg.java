package dev.sitegen.discover;

/**
 * Draws a {@link BarChart} as an accessible, script-free SVG: {@code role="img"} labelled by its
 * own {@code <title>} and {@code <desc>}, one horizontal bar per row with its value printed at the
 * end, text in {@code currentColor} so it follows the page's light or dark theme. Place the chart's
 * data table next to it as the text alternative.
 */
public final class BarChartSvg {

    static final double WIDTH = 720;
    static final double ROW = 24;
    static final double BAR = 16;
    static final double FONT = 13;
    static final double VALUE_ROOM = 56;
    static final String BAR_COLOUR = TopicPalette.colour(0);

    private BarChartSvg() {
    }

    /** The SVG document for {@code chart}. */
    public static String render(BarChart chart) {
        double labelRoom = Math.min(WIDTH / 2, chart.bars().stream().mapToDouble(b -> textWidth(b.label())).max().orElse(0) + 8);
        double barRoom = WIDTH - labelRoom - VALUE_ROOM;
        double max = chart.scaleMax();
        double height = Math.max(ROW, chart.bars().size() * ROW);
        String titleId = chart.id() + "-title";
        String descId = chart.id() + "-desc";
        StringBuilder svg = new StringBuilder(256 + chart.bars().size() * 256);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(SvgText.number(WIDTH)).append(' ').append(SvgText.number(height))
                .append("\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"").append(SvgText.number(FONT)).append("\">\n")
                .append("<title id=\"").append(titleId).append("\">").append(SvgText.escape(chart.title())).append("</title>\n")
                .append("<desc id=\"").append(descId).append("\">").append(SvgText.escape(chart.description())).append("</desc>\n");
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            double middle = i * ROW + ROW / 2;
            double length = max > 0 ? bar.value() / max * barRoom : 0;
            svg.append("<g>")
                    .append("<text x=\"").append(SvgText.number(labelRoom - 6)).append("\" y=\"").append(SvgText.number(middle))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"currentColor\">")
                    .append(SvgText.escape(fit(bar.label(), labelRoom - 8))).append("</text>")
                    .append("<rect x=\"").append(SvgText.number(labelRoom)).append("\" y=\"")
                    .append(SvgText.number(middle - BAR / 2)).append("\" width=\"").append(SvgText.number(length))
                    .append("\" height=\"").append(SvgText.number(BAR)).append("\" fill=\"").append(BAR_COLOUR).append("\"/>")
                    .append("<text x=\"").append(SvgText.number(labelRoom + length + 6)).append("\" y=\"")
                    .append(SvgText.number(middle)).append("\" dominant-baseline=\"middle\" fill=\"currentColor\">")
                    .append(SvgText.escape(bar.valueText())).append("</text>")
                    .append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** {@code label} cut with an ellipsis to fit {@code room}; the data table keeps the full text. */
    static String fit(String label, double room) {
        if (textWidth(label) <= room) {
            return label;
        }
        StringBuilder cut = new StringBuilder();
        double width = textWidth("…");
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            width += textWidth(Character.toString(cp));
            if (width > room) {
                break;
            }
            cut.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return cut.toString().stripTrailing() + "…";
    }

    /** A rough width in viewBox units: wide (CJK) characters take a full em, others about 0.6 em. */
    static double textWidth(String text) {
        return text.codePoints().mapToDouble(cp -> isWide(cp) ? FONT : FONT * 0.6).sum();
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD));
    }
}
