package dev.hindsight.dashboards.charts;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** How incidents were detected, per quarter, stacked by detection method. */
public final class DetectionMethodsChart {

  private DetectionMethodsChart() {}

  /**
   * @param counts series = detection method, category = quarter, value = incidents
   * @param methods the methods in stacking order (monitoring first)
   * @param quarters the quarters in axis order
   */
  public static SizedChart of(List<ChartValue> counts, List<String> methods, List<String> quarters) {
    List<ChartValue> ordered = new java.util.ArrayList<>();
    for (String method : methods) {
      counts.stream().filter(value -> value.series().equals(method)).forEach(ordered::add);
    }
    counts.stream().filter(value -> !methods.contains(value.series())).forEach(ordered::add);
    DefaultCategoryDataset data = StackedValues.dataset(ordered, quarters);
    JFreeChart chart = ChartFactory.createStackedBarChart("How incidents were detected, per quarter",
        "Quarter the incident started (UTC)", "Incidents", data, PlotOrientation.VERTICAL, true, false, false);
    ChartTheme.apply(chart, null);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, "unknown".equals(data.getRowKey(i)) ? ChartTheme.OTHER : ChartTheme.colour(i));
    }
    renderer.setMaximumBarWidth(0.08);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    ChartTheme.quarterLabels(plot.getDomainAxis(), quarters.size());
    return SizedChart.standard(chart);
  }
}
