/** JSON lines and JSON arrays, flattened to columns. */
package dev.kimball.connector.json;
