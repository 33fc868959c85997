package dev.hindsight.dashboards.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final List<String> QUARTERS = List.of("2024Q1", "2024Q2", "undated");

  @Test
  void categoriesBeyondThePaletteShareOneGreyOtherSeries() {
    List<ChartValue> counts = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      counts.add(new ChartValue("category-" + i, "2024Q1", 20 - i));
    }
    SizedChart sized = IncidentsByCategoryChart.of(counts, QUARTERS);
    CategoryPlot plot = sized.chart().getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    assertEquals(ChartTheme.PALETTE.size() + 1, data.getRowCount());
    assertEquals(IncidentsByCategoryChart.OTHER, data.getRowKey(data.getRowCount() - 1));
    // The three smallest (13, 12, 11) are folded together.
    assertEquals(36.0, data.getValue(IncidentsByCategoryChart.OTHER, "2024Q1").doubleValue());
    assertEquals(0.0, data.getValue("category-0", "2024Q2").doubleValue());
    assertEquals(ChartTheme.OTHER, plot.getRenderer().getSeriesPaint(data.getRowCount() - 1));
    assertEquals(ChartTheme.PALETTE.get(0), plot.getRenderer().getSeriesPaint(0));
    assertAxesLabelled(plot.getDomainAxis(), plot.getRangeAxis());
  }

  @Test
  void theMeanIsDashedAndNamedAsSkewed() {
    SizedChart sized = ResolveTimeChart.of(List.of(new ResolveTimeChart.Quarter("2024Q1", 60.0, 200.0, 110.0),
        new ResolveTimeChart.Quarter("2024Q2", 45.0, null, 50.0)));
    CategoryPlot plot = sized.chart().getCategoryPlot();
    CategoryItemRenderer renderer = plot.getRenderer();
    int mean = plot.getDataset().getRowIndex(ResolveTimeChart.MEAN);
    assertTrue(ResolveTimeChart.MEAN.contains("skewed"));
    assertTrue(((java.awt.BasicStroke) renderer.getSeriesStroke(mean)).getDashArray() != null);
    assertTrue(((java.awt.BasicStroke) renderer.getSeriesStroke(0)).getDashArray() == null);
    assertAxesLabelled(plot.getDomainAxis(), plot.getRangeAxis());
  }

  @Test
  void everyChartDrawsAsPngAtItsSizeAndAsSvgWithItsTitle() throws Exception {
    LinkedHashMap<String, Double> bars = new LinkedHashMap<>();
    bars.put("misconfiguration/load-balancer", 3.0);
    bars.put("bad-change/application", 2.0);
    List<SizedChart> charts = List.of(
        IncidentsByCategoryChart.of(List.of(new ChartValue("misconfiguration", "2024Q1", 2)), QUARTERS),
        ResolveTimeChart.of(List.of(new ResolveTimeChart.Quarter("2024Q1", 60.0, 90.0, 70.0))),
        DurationDistributionChart.of(List.of(new DurationDistributionChart.Box("misconfiguration", 4, 0, 20, 60, 90,
            3000, 700))),
        RecurringClassesChart.of(bars, "two classes"),
        RedHerringHeatmap.of(List.of(new ChartValue("database", "load-balancer", 3),
            new ChartValue("recent-change", "dns", 1))),
        DetectionMethodsChart.of(List.of(new ChartValue("monitoring", "2024Q1", 2),
            new ChartValue("customer-report", "2024Q1", 1)), List.of("monitoring", "customer-report"), QUARTERS),
        ActionTypesChart.of(bars, "actions"));
    for (SizedChart sized : charts) {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ChartImages.writePng(sized, png);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
      assertEquals(sized.width(), image.getWidth(), sized.title());
      assertEquals(sized.height(), image.getHeight(), sized.title());
      String svg = ChartImages.svg(sized);
      assertTrue(svg.startsWith("<?xml"), sized.title());
      assertTrue(svg.contains(sized.title().replace("&", "&amp;").replace(":", ":")), sized.title());
      assertEquals(svg, ChartImages.svg(sized), "the SVG differs between two draws of " + sized.title());
      assertFalse(sized.title().isBlank());
      if (sized.chart().getPlot() instanceof CategoryPlot plot) {
        assertAxesLabelled(plot.getDomainAxis(), plot.getRangeAxis());
      } else if (sized.chart().getPlot() instanceof XYPlot plot) {
        assertAxesLabelled(plot.getDomainAxis(), plot.getRangeAxis());
      }
    }
  }

  @Test
  void theHeatmapKeepsTheMostFrequentKeysAndSaysHowManyAreLeftOut() {
    List<ChartValue> paths = new java.util.ArrayList<>();
    for (int i = 0; i < RedHerringHeatmap.MAX_KEYS + 3; i++) {
      paths.add(new ChartValue("hypothesis-" + i, "component-" + i, 1 + i));
    }
    SizedChart sized = RedHerringHeatmap.of(paths);
    XYPlot plot = sized.chart().getXYPlot();
    assertEquals(RedHerringHeatmap.MAX_KEYS, plot.getDataset().getItemCount(0));
    String subtitle = ((org.jfree.chart.title.TextTitle) sized.chart().getSubtitle(0)).getText();
    assertTrue(subtitle.contains("3 rarer hypotheses and 3 rarer components left out"), subtitle);
  }

  private static void assertAxesLabelled(Axis... axes) {
    for (Axis axis : axes) {
      assertTrue(axis.getLabel() != null && !axis.getLabel().isBlank(), "an axis has no label");
      assertTrue(axis.getTickLabelFont().getSize() >= 12, "tick labels smaller than 12 pt");
    }
  }
}
