/**
 * The source registry: named source definitions stored in the warehouse ({@code metadata.sources}, every version also
 * in {@code metadata.source_history}) as JSON specs holding secret references only, and the bounded check behind
 * {@code SourceRegistry.test}.
 */
package dev.kimball.core.registry;
