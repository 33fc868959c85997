package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.search.IncidentSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Where {@code search} and {@code similar} look for the index, and what they say when it is not there. */
final class IndexLocation {

  /** Where the report job writes its index, and so where the commands look by default. */
  static final String DEFAULT = "./hindsight-report/index";

  private IndexLocation() {}

  /** True when {@code dir} holds an index; otherwise prints how to build one and returns false. */
  static boolean check(Path dir, PrintWriter err) throws IOException {
    if (IncidentSearcher.exists(dir)) {
      return true;
    }
    err.println("hindsight: there is no incident index in " + dir
        + "; build one with: hindsight index data/postmortems --out " + dir);
    err.flush();
    return false;
  }
}
