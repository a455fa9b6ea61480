/** Finding the connector ({@link dev.kimball.spi.SourceProvider}) for a source. */
package dev.kimball.core.source;
