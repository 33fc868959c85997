/** Reading postmortem files into structured {@link dev.hindsight.ingest.Postmortem} records (no Spark, no NLP). */
package dev.hindsight.ingest;
