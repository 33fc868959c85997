package dev.hindsight.dashboards.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/** A chart with the pixel size it is meant to be drawn at: lists and matrices grow with their rows. */
public record SizedChart(JFreeChart chart, int width, int height) {

  public SizedChart {
    Objects.requireNonNull(chart, "chart");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("width and height must be positive, got " + width + "x" + height);
    }
  }

  /** The chart at the report's standard size. */
  public static SizedChart standard(JFreeChart chart) {
    return new SizedChart(chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
  }

  /** The chart title, which the page also uses as the image's alternative text. */
  public String title() {
    return chart.getTitle() == null ? "" : chart.getTitle().getText();
  }
}
