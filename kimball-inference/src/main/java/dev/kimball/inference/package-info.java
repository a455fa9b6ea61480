/**
 * Type inference for columns of strings: pure Java, no I/O, no SQL. {@link dev.kimball.inference.TypeInference} is
 * the entry point; it samples a column, runs hand-written one-pass scanners over each value (numbers, dates and
 * times, booleans, null tokens), decides a {@link dev.kimball.api.LogicalType} with an exact
 * {@link dev.kimball.api.TypeFormat}, caches the evidence by a fingerprint of the values, and applies corrections
 * learned from users through a {@link dev.kimball.inference.CorrectionStore} that the caller persists.
 */
package dev.kimball.inference;
