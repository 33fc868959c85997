/** Enrichment of parsed postmortems into incidents: the record contract and, with OpenNLP, causes and wrong turns. */
package dev.hindsight.analysis.nlp;
