package dev.hindsight.dashboards.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/** Draws a chart as PNG and as SVG at a fixed size. */
public final class ChartImages {

  private ChartImages() {}

  /** Writes the chart as a PNG image. */
  public static void writePng(SizedChart sized, OutputStream out) throws IOException {
    ChartUtils.writeChartAsPNG(out, sized.chart(), sized.width(), sized.height());
  }

  /** The chart as a standalone SVG document. */
  public static String svg(SizedChart sized) {
    SVGGraphics2D g2 = new SVGGraphics2D(sized.width(), sized.height());
    // The default prefix holds the clock time; a fixed one keeps the file the same from run to run.
    g2.setDefsKeyPrefix("hindsight");
    sized.chart().draw(g2, new Rectangle(0, 0, sized.width(), sized.height()));
    return g2.getSVGDocument();
  }
}
