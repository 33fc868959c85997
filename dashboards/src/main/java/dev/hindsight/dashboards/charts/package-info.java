/** One class per report chart, built from plain values, with one shared theme and the PNG and SVG export. */
package dev.hindsight.dashboards.charts;
