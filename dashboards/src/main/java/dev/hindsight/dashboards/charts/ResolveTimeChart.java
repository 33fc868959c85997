package dev.hindsight.dashboards.charts;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Time to resolve per quarter as median and p90; the mean is drawn dashed and labelled as skewed, because a few
 * long outages pull it far above the typical incident.
 */
public final class ResolveTimeChart {

  static final String MEDIAN = "median";
  static final String P90 = "p90 (9 in 10 resolved within)";
  static final String MEAN = "mean (skewed by long outages)";

  /** One quarter's figures in minutes; null where the quarter has no resolve times. */
  public record Quarter(String quarter, Double median, Double p90, Double mean) {}

  private ResolveTimeChart() {}

  /** The chart over the quarters in the order given. */
  public static SizedChart of(List<Quarter> quarters) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Quarter quarter : quarters) {
      data.addValue(quarter.median(), MEDIAN, quarter.quarter());
      data.addValue(quarter.p90(), P90, quarter.quarter());
      data.addValue(quarter.mean(), MEAN, quarter.quarter());
    }
    JFreeChart chart = ChartFactory.createLineChart("Time to resolve per quarter: median and p90",
        "Quarter the incident started (UTC)", "Minutes from start to service restored", data,
        PlotOrientation.VERTICAL, true, false, false);
    ChartTheme.apply(chart, "Dated incidents only; the mean is shown dashed for reference, not as the typical case");
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, ChartTheme.PALETTE.get(0));
    renderer.setSeriesPaint(1, ChartTheme.PALETTE.get(1));
    renderer.setSeriesPaint(2, ChartTheme.OTHER);
    renderer.setSeriesStroke(0, ChartTheme.line(3f));
    renderer.setSeriesStroke(1, ChartTheme.line(3f));
    renderer.setSeriesStroke(2, ChartTheme.dashed(2f));
    ChartTheme.quarterLabels(plot.getDomainAxis(), quarters.size());
    return SizedChart.standard(chart);
  }
}
