/** PostgreSQL tables: COPY/cursor streaming, key-range splits. */
package dev.kimball.connector.postgres;
