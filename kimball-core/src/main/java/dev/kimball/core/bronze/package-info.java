/**
 * Loading source records into the bronze layer: naming, planning (which unit goes to which table), parallel
 * batched writes through the warehouse's bulk path, rejects, replace/append semantics and load metadata.
 */
package dev.kimball.core.bronze;
