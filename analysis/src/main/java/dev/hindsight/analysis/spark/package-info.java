/** The Spark job's tables: the incidents input contract, the aggregates as pure Dataset functions, their writer. */
package dev.hindsight.analysis.spark;
