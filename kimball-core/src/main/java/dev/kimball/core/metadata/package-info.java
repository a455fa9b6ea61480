/**
 * The metadata layer ({@code metadata.*} tables in the warehouse): versioned, soft-deleted rows describing
 * sources, loads and bronze columns. A read always means the latest version that is not deleted.
 */
package dev.kimball.core.metadata;
