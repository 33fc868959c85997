package dev.hindsight.dashboards.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * How long incidents took to resolve, per root-cause category, as box plots on a log scale: durations span minutes
 * to days, and a linear axis would squash most boxes against zero.
 */
public final class DurationDistributionChart {

  /** The smallest value drawn; a log axis has no zero, so quicker incidents are drawn at one minute. */
  public static final double FLOOR_MINUTES = 1;

  /** One category's resolve times, in minutes. */
  public record Box(String category, long count, double min, double q1, double median, double q3, double max,
      double mean) {}

  private DurationDistributionChart() {}

  /** One box per category, in the order given. */
  public static SizedChart of(List<Box> boxes) {
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    for (Box box : boxes) {
      data.add(new BoxAndWhiskerItem(floor(box.mean()), floor(box.median()), floor(box.q1()), floor(box.q3()),
          floor(box.min()), floor(box.max()), null, null, List.of()),
          "time to resolve", box.category() + " (" + box.count() + ")");
    }
    CategoryAxis categories = new CategoryAxis("Root-cause category (incidents)");
    LogAxis minutes = new LogAxis("Minutes from start to service restored (log scale)");
    // Powers of two give round, evenly spaced ticks (16, 32, 64 ...) where base 10 would give one or two.
    minutes.setBase(2);
    minutes.setSmallestValue(FLOOR_MINUTES);
    minutes.setTickUnit(new NumberTickUnit(1));
    minutes.setNumberFormatOverride(new java.text.DecimalFormat("#,##0",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
    renderer.setUseOutlinePaintForWhiskers(true);
    renderer.setMeanVisible(false);
    renderer.setMaxOutlierVisible(false);
    renderer.setMinOutlierVisible(false);
    renderer.setMaximumBarWidth(0.6);
    renderer.setDefaultToolTipGenerator(null);
    CategoryPlot plot = new CategoryPlot(data, categories, minutes, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Time to resolve by root-cause category", JFreeChart.DEFAULT_TITLE_FONT,
        plot, false);
    ChartTheme.apply(chart, "Box: middle half of incidents, line: median; whiskers: quickest and slowest");
    // After the theme, which would otherwise replace the series colours with its own.
    renderer.setSeriesPaint(0, ChartTheme.PALETTE.get(4));
    renderer.setSeriesOutlinePaint(0, ChartTheme.TEXT);
    renderer.setSeriesOutlineStroke(0, ChartTheme.line(1.5f));
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    return new SizedChart(chart, ChartTheme.WIDTH, Math.max(ChartTheme.HEIGHT, 160 + 44 * boxes.size()));
  }

  private static double floor(double minutes) {
    return Math.max(FLOOR_MINUTES, minutes);
  }
}
