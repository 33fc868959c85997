package dev.hindsight.dashboards.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A ranked list drawn as horizontal bars with their values at the ends: long labels stay readable on the left. */
final class HorizontalBars {

  private HorizontalBars() {}

  /** Bars in the order of {@code values} (top to bottom), one colour. */
  static SizedChart of(String title, String subtitle, String categoryLabel, String valueLabel,
      LinkedHashMap<String, Double> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      data.addValue(entry.getValue(), valueLabel, entry.getKey());
    }
    JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
        PlotOrientation.HORIZONTAL, false, false, false);
    ChartTheme.apply(chart, subtitle);
    CategoryPlot plot = chart.getCategoryPlot();
    // Values read along the bottom, where the eye ends after reading a bar.
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartTheme.PALETTE.get(0));
    renderer.setMaximumBarWidth(0.7);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
    renderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // Room at the end of the longest bar for its value label.
    axis.setUpperMargin(0.12);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    plot.getDomainAxis().setCategoryMargin(0.25);
    return new SizedChart(chart, ChartTheme.WIDTH, Math.max(360, 150 + 38 * values.size()));
  }
}
