package org.jixiao.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.review.Comparison;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.SubmissionResult;
import org.jixiao.spi.Api;
import org.jixiao.spi.scoring.Numbers;

/**
 * The report's charts, described as data ({@link Spec}) and drawn with JFreeChart: as PNG for Word, as SVG
 * whose text is drawn as shapes for HTML (so no font is needed where it is opened). Chinese is drawn with the
 * font {@link CjkFont} finds.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class Charts {

    private static final Color[] COLORS = {
        new Color(0xB0, 0xBE, 0xC5), new Color(0x1F, 0x5F, 0x99), new Color(0xC6, 0x28, 0x28)
    };

    private Charts() {}

    /**
     * A bar chart: categories along the bottom, one bar per series in each, and lines across at marked values.
     *
     * @param title the chart's title
     * @param valueAxis what the bars measure, such as {@code 分}
     * @param categories the categories, in order
     * @param series values by series name, one per category ({@code null} for none)
     * @param markers labelled lines across, such as the grade bands' lower bounds
     */
    public record Spec(
            String title,
            String valueAxis,
            List<String> categories,
            Map<String, List<BigDecimal>> series,
            Map<String, BigDecimal> markers) {}

    /** Each first-level indicator's score beside its weight. */
    static Spec groups(Evaluation evaluation) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (Evaluation.GroupResult group : evaluation.groups()) {
            names.add(group.name());
            weights.add(group.weight());
            scores.add(group.score());
        }
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        series.put("分值", weights);
        series.put("得分", scores);
        return new Spec("各一级指标得分与分值", "分", names, series, Map.of());
    }

    /**
     * The counties' totals, highest first, with the grade bands' lower bounds drawn across: the city report's 图2,
     * and the review page's chart.
     *
     * @param comparison the review's comparison
     * @param review the review, for its rubric's grade bands
     * @return the chart
     * @since 0.4
     */
    public static Spec counties(Comparison comparison, ReviewReport review) {
        List<Comparison.Row> rows = comparison.rows().stream()
                .filter(r -> r.total() != null)
                .sorted(Comparator.comparing(Comparison.Row::total).reversed())
                .toList();
        Map<String, BigDecimal> bands = new LinkedHashMap<>();
        review.results().stream()
                .map(SubmissionResult::rubric)
                .filter(r -> r != null)
                .findFirst()
                .ifPresent(rubric -> {
                    for (GradeBand band : rubric.grades()) {
                        if (band.min().signum() > 0) {
                            bands.put(band.grade() + " " + band.boundary(), band.min());
                        }
                    }
                });
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        series.put("得分", rows.stream().map(Comparison.Row::total).toList());
        return new Spec("各县（区）得分", "分", rows.stream().map(Comparison.Row::name).toList(), series, bands);
    }

    /** One indicator's figure (completion rate) county by county, with 100% drawn across. */
    static Spec figures(Comparison comparison, Comparison.Column column) {
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        series.put(
                column.figure() + "（%）",
                comparison.rows().stream()
                        .map(r -> r.cells().get(column.id()).figure())
                        .toList());
        return new Spec(
                column.name(),
                "%",
                comparison.rows().stream().map(Comparison.Row::name).toList(),
                series,
                Map.of("100%", BigDecimal.valueOf(100)));
    }

    /**
     * The chart as PNG.
     *
     * @param spec the chart
     * @param width in pixels
     * @param height in pixels
     * @return the PNG bytes
     */
    public static byte[] png(Spec spec, int width, int height) {
        JFreeChart chart = chart(spec);
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(2, 2);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart as an SVG element, its text drawn as shapes.
     *
     * @param spec the chart
     * @param width in pixels
     * @param height in pixels
     * @param id a prefix for the element's ids, unique in the page
     * @return the {@code <svg>} element
     */
    public static String svg(Spec spec, int width, int height, String id) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart(spec).draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement(id);
    }

    private static JFreeChart chart(Spec spec) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        spec.series().forEach((name, values) -> {
            for (int i = 0; i < spec.categories().size(); i++) {
                BigDecimal value = values.get(i);
                data.addValue(
                        value == null ? null : value, name, spec.categories().get(i));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(
                spec.title(),
                null,
                spec.valueAxis(),
                data,
                PlotOrientation.VERTICAL,
                spec.series().size() > 1,
                false,
                false);
        Font font = CjkFont.get();
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(font.deriveFont(13f));
        theme.setRegularFont(font.deriveFont(12f));
        theme.setSmallFont(font.deriveFont(11f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getRangeAxis().setUpperMargin(0.12);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, COLORS[(spec.series().size() == 1 ? 1 : s) % COLORS.length]);
        }
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font.deriveFont(10f));
        renderer.setItemMargin(0.05);
        if (spec.categories().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (!spec.markers().isEmpty()) {
            // a gutter right of the last bar, where the bands' labels sit clear of every bar and its value
            plot.getDomainAxis().setUpperMargin(0.14);
        }
        spec.markers().forEach((label, value) -> {
            ValueMarker marker = new ValueMarker(
                    value.doubleValue(),
                    COLORS[2],
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            marker.setLabel(label);
            marker.setLabelFont(font.deriveFont(11f));
            marker.setLabelPaint(COLORS[2]);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        });
        return chart;
    }

    static String plain(BigDecimal value) {
        return Numbers.plain(value);
    }
}
