/** The HTML report page: reads a finished report folder's tables, draws the charts and writes index.html. */
package dev.hindsight.dashboards.report;
