package dev.hindsight.ingest.time;

import java.time.Duration;

/**
 * A length of time written in text: "2 hours and 45 minutes", "45 mins", "2h30m", "two hours".
 *
 * @param start offset of the first character in the scanned text
 * @param end offset just past the last character
 * @param duration the length
 * @param approximate true when hedged ("approximately", "about", "around", "roughly", "~", "over")
 */
public record DurationMention(int start, int end, Duration duration, boolean approximate) {}
