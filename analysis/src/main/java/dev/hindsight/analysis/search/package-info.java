/** The Lucene index of incidents: fields, analysis with synonyms, writing, search with facets, similar incidents. */
package dev.hindsight.analysis.search;
