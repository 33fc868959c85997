package dev.hindsight.dashboards.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The red-herring matrix as a heatmap: what responders suspected (rows) against the component that was actually at
 * fault (columns), each cell the number of misleading paths, written in the cell as well as shaded.
 */
public final class RedHerringHeatmap {

  /** Rows and columns shown; the rest are named in the subtitle's count. */
  public static final int MAX_KEYS = 12;

  // Single-hue blues, light to dark: read by lightness alone, so they survive any colour-vision deficiency.
  private static final List<Color> SHADES = List.of(new Color(0xDEEBF7), new Color(0x9ECAE1), new Color(0x4292C6),
      new Color(0x2171B5), new Color(0x08306B));

  private RedHerringHeatmap() {}

  /** @param paths series = hypothesis suspected, category = component at fault, value = misleading paths */
  public static SizedChart of(List<ChartValue> paths) {
    List<String> hypotheses = largest(paths, true);
    List<String> components = largest(paths, false);
    int hiddenRows = distinct(paths, true) - hypotheses.size();
    int hiddenColumns = distinct(paths, false) - components.size();
    List<ChartValue> shown = paths.stream()
        .filter(v -> hypotheses.contains(v.series()) && components.contains(v.category()) && v.value() > 0)
        .toList();
    double max = shown.stream().mapToDouble(ChartValue::value).max().orElse(1);
    double[][] cells = new double[3][shown.size()];
    for (int i = 0; i < shown.size(); i++) {
      ChartValue value = shown.get(i);
      cells[0][i] = components.indexOf(value.category());
      // Largest hypothesis at the top: the y axis grows upwards.
      cells[1][i] = hypotheses.size() - 1 - hypotheses.indexOf(value.series());
      cells[2][i] = value.value();
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("misleading paths", cells);
    SymbolAxis x = new SymbolAxis("Component actually at fault", components.toArray(String[]::new));
    x.setVerticalTickLabels(components.size() > 6);
    x.setGridBandsVisible(false);
    List<String> rows = new ArrayList<>(hypotheses);
    java.util.Collections.reverse(rows);
    SymbolAxis y = new SymbolAxis("Hypothesis pursued (misleading path)", rows.toArray(String[]::new));
    y.setGridBandsVisible(false);
    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = new LookupPaintScale(0, max + 1, SHADES.get(0));
    for (int i = 0; i < SHADES.size(); i++) {
      scale.add(1 + (max - 1) * i / SHADES.size(), SHADES.get(i));
    }
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart("Red herrings: what was suspected vs what was at fault",
        JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    String subtitle = "Number in each cell: misleading paths pursued; darker means more";
    if (hiddenRows > 0 || hiddenColumns > 0) {
      subtitle += "; " + hiddenRows + " rarer hypotheses and " + hiddenColumns + " rarer components left out";
    }
    ChartTheme.apply(chart, subtitle);
    // After the theme, which would otherwise give every label its own font and colour.
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    for (ChartValue value : shown) {
      XYTextAnnotation label = new XYTextAnnotation(String.valueOf((long) value.value()),
          components.indexOf(value.category()), hypotheses.size() - 1 - hypotheses.indexOf(value.series()));
      label.setFont(font);
      label.setTextAnchor(TextAnchor.CENTER);
      label.setPaint(scale.getPaint(value.value()) == SHADES.get(0) || scale.getPaint(value.value()) == SHADES.get(1)
          ? ChartTheme.TEXT : Color.WHITE);
      plot.addAnnotation(label);
    }
    int height = Math.max(ChartTheme.HEIGHT, 260 + 40 * hypotheses.size());
    return new SizedChart(chart, ChartTheme.WIDTH, height);
  }

  private static List<String> largest(List<ChartValue> paths, boolean rows) {
    Map<String, Double> totals = totals(paths, rows);
    return totals.keySet().stream()
        .sorted(Comparator.comparing((String key) -> -totals.get(key)).thenComparing(key -> key))
        .limit(MAX_KEYS)
        .toList();
  }

  private static int distinct(List<ChartValue> paths, boolean rows) {
    return totals(paths, rows).size();
  }

  private static Map<String, Double> totals(List<ChartValue> paths, boolean rows) {
    Map<String, Double> totals = new TreeMap<>();
    for (ChartValue value : paths) {
      totals.merge(rows ? value.series() : value.category(), value.value(), Double::sum);
    }
    return totals;
  }
}
