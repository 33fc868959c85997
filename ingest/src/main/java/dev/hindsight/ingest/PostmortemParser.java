package dev.hindsight.ingest;

import dev.hindsight.ingest.time.TimeExpressionParser;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * Turns a decoded document into a {@link Postmortem}: outline first, then each stage in turn.
 *
 * <p>The stages are a list, like an analysis chain: timeline, incident window, impact, actions.
 * The parser is stateless and safe to share between threads.
 */
public final class PostmortemParser {

  private final MarkdownBlockReader markdown = new MarkdownBlockReader();
  private final HtmlBlockReader html = new HtmlBlockReader();
  private final SectionSplitter splitter = new SectionSplitter();
  private final List<PostmortemStage> stages;

  /** A parser with the given stages, run in order. */
  public PostmortemParser(List<PostmortemStage> stages) {
    this.stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
  }

  /** The standard chain: doubtful times, timeline, window, impact, actions. */
  public static PostmortemParser standard() {
    TimeExpressionParser times = TimeExpressionParser.standard();
    return new PostmortemParser(List.of(
        new DoubtfulTimes(times),
        new TimelineParser(times),
        new IncidentWindowResolver(times),
        new ImpactExtractor(),
        new ActionExtractor()));
  }

  /** Parses one document; odd text gives warnings, never an exception. */
  public Postmortem parse(SourceDocument doc) {
    Postmortem pm = Postmortem.outlined(doc, outline(doc));
    for (PostmortemStage stage : stages) {
      pm = stage.apply(pm);
    }
    return pm;
  }

  /** The document's sections. */
  public Outline outline(SourceDocument doc) {
    String fallbackTitle = fileStem(doc.source());
    return switch (doc.format()) {
      case HTML -> {
        Document parsed = HtmlBlockReader.parse(doc.text());
        String title = HtmlBlockReader.title(parsed);
        Outline o = splitter.split(html.read(parsed), title.isEmpty() ? fallbackTitle : title);
        yield title.isEmpty() || !o.title().equals(fallbackTitle) ? o : new Outline(title, o.sections());
      }
      case MARKDOWN, TEXT -> splitter.split(markdown.read(doc.text()), fallbackTitle);
    };
  }

  private static String fileStem(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
