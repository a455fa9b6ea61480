/**
 * Learned type corrections kept in the warehouse ({@code metadata.corrections}), so that a correction a user makes in
 * one session is applied by the inference engine of every later session on the same warehouse.
 */
package dev.kimball.core.corrections;
