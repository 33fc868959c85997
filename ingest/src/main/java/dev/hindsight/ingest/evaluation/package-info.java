/** Scoring extracted records against gold labels (labels.jsonl), field by field, as shared/tools/score.py does. */
package dev.hindsight.ingest.evaluation;
