/**
 * The CSV format: reads CSV-family text files (comma, semicolon, tab, pipe... separated) from any storage. Everything
 * not set on {@link dev.kimball.api.CsvSource} is detected from a sample of each file: the encoding
 * ({@code TextInput}), the dialect ({@code DialectDetector}); the records are then streamed by a hand-written tokenizer
 * ({@code CsvTokenizer}) with bounded memory, line numbers and rejects carrying the raw text. The only public type is
 * {@link dev.kimball.connector.csv.CsvFormatProvider}, found through {@link java.util.ServiceLoader}; listing files
 * (local, S3) is the engine's and the storages' job.
 */
package dev.kimball.connector.csv;
