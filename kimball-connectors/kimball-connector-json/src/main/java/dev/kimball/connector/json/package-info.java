/**
 * The JSON format: {@link dev.kimball.connector.json.JsonFormatProvider} (the only public type, found through
 * {@link java.util.ServiceLoader}) reads JSON lines, top-level arrays of objects and concatenated objects, one unit per
 * file. Objects are flattened token by token with Jackson's streaming parser ({@code Flattener}); a header sample
 * decides the columns before the rows are streamed from a second pass ({@code JsonRecordReader} states the rules,
 * including the {@code _extra} column for fields first seen after the sample). Encodings: UTF-8, UTF-16 and UTF-32
 * with or without byte order mark ({@code JsonInput}).
 */
package dev.kimball.connector.json;
