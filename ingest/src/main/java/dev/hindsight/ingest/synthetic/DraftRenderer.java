package dev.hindsight.ingest.synthetic;

/** Writes a draft in one markup; LF line ends (the file encoding decides the real ones). */
interface DraftRenderer {
  String render(DraftDocument draft);
}
