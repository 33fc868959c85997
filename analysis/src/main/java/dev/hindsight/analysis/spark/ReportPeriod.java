package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.hindsight.ingest.time.QuarterKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * The incident starts a report covers, as whole UTC days: all time, one quarter, or a first and last day (either
 * may be open). Rejected files and undated incidents cannot be placed in time, so every period keeps them.
 *
 * @param first the first day covered, if bounded
 * @param last the last day covered (inclusive), if bounded
 */
public record ReportPeriod(Optional<LocalDate> first, Optional<LocalDate> last) {

  /** No bounds: every incident. */
  public static final ReportPeriod ALL = new ReportPeriod(Optional.empty(), Optional.empty());

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

  public ReportPeriod {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      throw new IllegalArgumentException(
          "the period ends (" + last.get() + ") before it starts (" + first.get() + ")");
    }
  }

  /** The quarter {@code 2024Q3} (also {@code 2024-Q3}); a malformed key is an IllegalArgumentException. */
  public static ReportPeriod quarter(String key) {
    Matcher matcher = QUARTER.matcher(key.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a quarter is written like 2024Q3, got '" + key + "'");
    }
    LocalDate start = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) * 3 - 2, 1);
    return new ReportPeriod(Optional.of(start), Optional.of(start.plusMonths(3).minusDays(1)));
  }

  /** From {@code from} to {@code to}, both inclusive ISO dates ({@code 2024-07-01}); null leaves that side open. */
  public static ReportPeriod between(String from, String to) {
    return new ReportPeriod(Optional.ofNullable(from).map(ReportPeriod::date),
        Optional.ofNullable(to).map(ReportPeriod::date));
  }

  public boolean isAll() {
    return first.isEmpty() && last.isEmpty();
  }

  /** How the report names the period: {@code all time}, {@code 2024Q3}, or {@code 2024-07-01 to 2024-08-15}. */
  public String label() {
    if (isAll()) {
      return "all time";
    }
    if (first.isPresent() && last.isPresent() && first.get().getDayOfMonth() == 1
        && (first.get().getMonthValue() - 1) % 3 == 0 && last.get().equals(first.get().plusMonths(3).minusDays(1))) {
      return QuarterKey.of(first.get().atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return first.map(LocalDate::toString).orElse("the beginning") + " to "
        + last.map(LocalDate::toString).orElse("now");
  }

  /**
   * The period reaching back to the start of the quarter before its first day: quarter-on-quarter changes need
   * that quarter as their baseline.
   */
  public ReportPeriod withPreviousQuarter() {
    return new ReportPeriod(first.map(day -> quarterStart(day).minusMonths(3)), last);
  }

  /** True for the incidents rows the period keeps: any undated or rejected row, and dated ones within it. */
  public Column keeps() {
    Column start = col(IncidentColumns.START_UTC);
    Column kept = start.isNull();
    Column within = lit(true);
    if (first.isPresent()) {
      within = within.and(start.geq(lit(first.get().atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
    if (last.isPresent()) {
      within = within.and(start.lt(lit(last.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
    return kept.or(within);
  }

  private static LocalDate quarterStart(LocalDate day) {
    return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date is written like 2024-07-01, got '" + text + "'", e);
    }
  }
}
