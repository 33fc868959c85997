package dev.hindsight.dashboards.charts;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Incidents per quarter, stacked by root-cause category. */
public final class IncidentsByCategoryChart {

  /** Categories drawn in their own colour; the rest share grey. */
  static final int KEPT = ChartTheme.PALETTE.size();
  static final String OTHER = "other categories";

  private IncidentsByCategoryChart() {}

  /**
   * @param counts series = category, category = quarter, value = incidents
   * @param quarters the quarters in axis order (a quarter without incidents still gets its place)
   */
  public static SizedChart of(List<ChartValue> counts, List<String> quarters) {
    DefaultCategoryDataset ordered = StackedValues.dataset(
        SeriesGrouping.largest(counts, KEPT, OTHER), quarters);
    JFreeChart chart = ChartFactory.createStackedBarChart(
        "Incidents per quarter, by root-cause category", "Quarter the incident started (UTC)", "Incidents",
        ordered, PlotOrientation.VERTICAL, true, false, false);
    ChartTheme.apply(chart, null);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    for (int i = 0; i < ordered.getRowCount(); i++) {
      renderer.setSeriesPaint(i, OTHER.equals(ordered.getRowKey(i)) ? ChartTheme.OTHER : ChartTheme.colour(i));
    }
    renderer.setMaximumBarWidth(0.08);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    ChartTheme.quarterLabels(plot.getDomainAxis(), quarters.size());
    return SizedChart.standard(chart);
  }
}
