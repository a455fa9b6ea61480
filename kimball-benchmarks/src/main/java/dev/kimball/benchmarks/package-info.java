/**
 * Benchmarks: JMH micro-benchmarks and side-by-side comparisons in which KIMBALL and an engine's own bulk path
 * load the same data in the same run. Numbers are medians of several trials with their ratio.
 */
package dev.kimball.benchmarks;
