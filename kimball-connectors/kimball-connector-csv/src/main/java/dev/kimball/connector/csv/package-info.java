/**
 * The CSV connector: reads CSV-family text files (comma, semicolon, tab, pipe... separated) from a file, a
 * directory or a glob. Everything not set on {@link dev.kimball.api.CsvSource} is detected from a sample of
 * each file: the encoding ({@code TextInput}), the dialect ({@code DialectDetector}); the records are then
 * streamed by a hand-written tokenizer ({@code CsvTokenizer}) with bounded memory, line numbers and
 * rejects carrying the raw text. The only public type is {@link dev.kimball.connector.csv.CsvSourceProvider},
 * found through {@link java.util.ServiceLoader}.
 */
package dev.kimball.connector.csv;
