package dev.hindsight.dashboards.charts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.data.category.DefaultCategoryDataset;

/** Builds a category dataset with every series at every category, zero where a value is missing. */
final class StackedValues {

  private StackedValues() {}

  /** Series in their first-seen order, categories in the order given. */
  static DefaultCategoryDataset dataset(List<ChartValue> values, List<String> categories) {
    Set<String> series = new LinkedHashSet<>();
    values.forEach(value -> series.add(value.series()));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // Zeros first, so that every stack has every series in the same order and no category is missing.
    for (String name : series) {
      for (String category : categories) {
        data.addValue(0, name, category);
      }
    }
    for (ChartValue value : values) {
      if (categories.contains(value.category())) {
        data.addValue(value.value(), value.series(), value.category());
      }
    }
    return data;
  }
}
