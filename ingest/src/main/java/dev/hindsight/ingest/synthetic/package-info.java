/** Synthetic postmortems with gold labels, drawn deterministically from a seed, for measuring the extractors at any scale. */
package dev.hindsight.ingest.synthetic;
