/** Discover benchmarks: the whole Discover step against the warehouse's own column summary of the same tables. */
package dev.kimball.benchmarks.discover;
