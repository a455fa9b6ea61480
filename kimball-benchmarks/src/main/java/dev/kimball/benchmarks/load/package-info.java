/**
 * Bronze loads through KIMBALL side by side with each warehouse's own bulk path on the same generated file
 * ({@code BronzeLoadComparison}).
 */
package dev.kimball.benchmarks.load;
