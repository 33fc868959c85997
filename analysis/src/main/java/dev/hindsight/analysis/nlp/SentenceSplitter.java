package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Block;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.Section;
import dev.hindsight.ingest.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a postmortem into sentences once, with tokens and stems, for the stages after it.
 *
 * <p>Timeline sections are read from the parsed timeline entries (one or more sentences each,
 * keeping the entry's index) so that later stages can tie a sentence to a time.
 */
public final class SentenceSplitter implements IncidentStage {

  private final NlpModels models;

  public SentenceSplitter(NlpModels models) {
    this.models = models;
  }

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    Postmortem pm = incident.postmortem().get();
    List<Sentence> out = new ArrayList<>();
    if (!pm.title().isBlank()) {
      add(out, SectionKind.SUMMARY, "", pm.title(), -1);
    }
    boolean timelineDone = false;
    for (Section section : pm.outline().sections()) {
      if (section.kind() == SectionKind.TIMELINE && !pm.timeline().isEmpty()) {
        if (!timelineDone) {
          for (int i = 0; i < pm.timeline().size(); i++) {
            add(out, SectionKind.TIMELINE, section.heading(), pm.timeline().get(i).text(), i);
          }
          timelineDone = true;
        }
        continue;
      }
      if (!section.heading().isBlank() && section.heading().split("\\s+").length > 8) {
        add(out, section.kind(), section.heading(), section.heading(), -1);
      }
      for (Block block : section.blocks()) {
        if (block.kind() != Block.Kind.CODE) {
          add(out, section.kind(), section.heading(), block.text(), -1);
        }
      }
    }
    return incident.with(e -> e.withSentences(out));
  }

  private void add(List<Sentence> out, SectionKind kind, String heading, String text, int timelineIndex) {
    if (text.isBlank()) {
      return;
    }
    // Short lines are one sentence already; the detector is only worth its cost on paragraphs.
    String[] parts = text.length() < 80 ? new String[] {text} : models.sentences(text);
    for (String part : parts) {
      String[] tokens = models.quickTokens(part);
      List<String> stems = new ArrayList<>(tokens.length);
      for (String t : tokens) {
        stems.add(models.stem(t.toLowerCase(Locale.ROOT)));
      }
      out.add(new Sentence(kind, heading, part.strip(), List.of(tokens), stems, timelineIndex));
    }
  }
}
