/**
 * Loading source records into the bronze layer: naming, planning (which unit goes to which table), parallel
 * batched writes through the warehouse's bulk path, rejects, replace/append/incremental semantics (cursor marks),
 * per-unit progress, and load metadata including the keys sources declare.
 */
package dev.kimball.core.bronze;
