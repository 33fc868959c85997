/** Reading dates, clock times, zones, durations and ranges out of postmortem text. */
package dev.hindsight.ingest.time;
