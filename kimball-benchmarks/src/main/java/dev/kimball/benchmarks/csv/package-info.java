/** CSV dialect-detection accuracy over annotated real files ({@code DialectAccuracy}). */
package dev.kimball.benchmarks.csv;
