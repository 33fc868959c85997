package dev.hindsight.analysis.search;

/** What a search gives: results, or the reason the query could not be read. */
public sealed interface SearchOutcome permits SearchResults, QuerySyntaxError {}
