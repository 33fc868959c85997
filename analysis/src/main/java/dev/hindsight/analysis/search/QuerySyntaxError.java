package dev.hindsight.analysis.search;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * A query that could not be read, as one sentence saying where it is wrong and what to do.
 *
 * @param query the query as given
 * @param column where the problem is, counting from 1; 0 when it is not a place (a bad value)
 * @param message the sentence for the user
 */
public record QuerySyntaxError(String query, int column, String message) implements SearchOutcome {

  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  public QuerySyntaxError {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(message, "message");
  }

  /** The error the parser reported, put in words; the parser wraps what went wrong as the cause. */
  static QuerySyntaxError of(String query, ParseException wrapped) {
    Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
    if (cause instanceof IncidentQueryParser.BadValue bad) {
      return new QuerySyntaxError(query, 0, bad.getMessage());
    }
    if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
      Token at = parse.currentToken.next;
      if (at.kind == QueryParserConstants.EOF) {
        int column = query.length();
        return new QuerySyntaxError(query, column, String.format(Locale.ROOT,
            "The query stops at column %d before it is complete (a bracket left open, or AND, OR, NOT or a field "
                + "name with nothing after it); finish it, or put the words in quotes.", column));
      }
      // The parser counts columns from 0; people count from 1.
      int column = at.beginColumn + 1;
      return new QuerySyntaxError(query, column, String.format(Locale.ROOT,
          "The query has an unexpected \"%s\" at column %d; put the words in quotes, or escape it with a "
              + "backslash.", at.image, column));
    }
    if (cause instanceof TokenMgrError lexical) {
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
      int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
      if (String.valueOf(lexical.getMessage()).contains("<EOF>")) {
        column = query.length();
        return new QuerySyntaxError(query, column, String.format(Locale.ROOT,
            "The query ends at column %d inside a quote or escape that is never closed; close the quote, or drop "
                + "the trailing backslash.", column));
      }
      return new QuerySyntaxError(query, column, String.format(Locale.ROOT,
          "The query has a character it cannot read at column %d; escape it with a backslash.", column));
    }
    return new QuerySyntaxError(query, 0,
        "The query cannot be read (" + firstLine(cause.getMessage()) + "); check its quotes, brackets and field:value pairs.");
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no detail given";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
