package dev.hindsight.dashboards.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every report chart shares: the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies), fonts large enough to read at the page's width, white backgrounds, no gradients or shadows.
 */
public final class ChartTheme {

  /** Width of every chart image in pixels. */
  public static final int WIDTH = 1000;
  /** Height of most chart images in pixels; lists and matrices grow with their rows. */
  public static final int HEIGHT = 500;

  /** Okabe-Ito, without its black, which is kept for text; order chosen so neighbours contrast. */
  public static final List<Color> PALETTE = List.of(
      new Color(0x0072B2), // blue
      new Color(0xE69F00), // orange
      new Color(0x009E73), // bluish green
      new Color(0xCC79A7), // reddish purple
      new Color(0x56B4E9), // sky blue
      new Color(0xD55E00), // vermillion
      new Color(0xF0E442)); // yellow
  /** The colour of "everything else" groups and of neutral marks. */
  public static final Color OTHER = new Color(0x999999);
  public static final Color TEXT = new Color(0x222222);
  public static final Color GRID = new Color(0xDDDDDD);

  private static final String FAMILY = Font.SANS_SERIF;
  private static final Font TITLE = new Font(FAMILY, Font.BOLD, 20);
  private static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 14);
  private static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 15);
  private static final Font TICK_LABEL = new Font(FAMILY, Font.PLAIN, 13);

  private ChartTheme() {}

  /** The palette colour for the i-th series, grey once the palette runs out. */
  public static Paint colour(int i) {
    return i < PALETTE.size() ? PALETTE.get(i) : OTHER;
  }

  /** A solid line of the given width. */
  public static Stroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** A dashed line, for values drawn for reference only. */
  public static Stroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f);
  }

  /** Applies fonts and colours to a chart and adds the subtitle, if any. */
  public static JFreeChart apply(JFreeChart chart, String subtitle) {
    StandardChartTheme theme = new StandardChartTheme("hindsight");
    theme.setExtraLargeFont(TITLE);
    theme.setLargeFont(AXIS_LABEL);
    theme.setRegularFont(TICK_LABEL);
    theme.setSmallFont(TICK_LABEL);
    theme.setTitlePaint(TEXT);
    theme.setSubtitlePaint(TEXT);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setPaint(TEXT);
      chart.addSubtitle(sub);
    }
    return chart;
  }

  /** Quarter labels turn 45 degrees once there are too many to sit side by side. */
  public static void quarterLabels(CategoryAxis axis, int quarters) {
    axis.setCategoryLabelPositions(quarters > 10 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
    axis.setMaximumCategoryLabelLines(2);
    axis.setCategoryMargin(0.2);
  }
}
