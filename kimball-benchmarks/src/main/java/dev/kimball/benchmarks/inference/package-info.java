/**
 * Type inference benchmarks: {@link dev.kimball.benchmarks.inference.InferenceBenchmark} (JMH, values per second),
 * {@link dev.kimball.benchmarks.inference.SnifferComparison} (the labelled corpus through KIMBALL and through DuckDB's
 * CSV sniffer, side by side), {@link dev.kimball.benchmarks.inference.InferenceCostComparison} (the time inference adds
 * relative to a bronze load of the same file) and {@link dev.kimball.benchmarks.inference.PtypeAccuracy} (accuracy on the ptype
 * tables with labelled column types, when that folder is present).
 */
package dev.kimball.benchmarks.inference;
