package dev.kimball.cli.demo;

import java.nio.file.Path;

/**
 * One file the demo generator wrote, and what it planted in it.
 *
 * @param name          the file name, e.g. {@code sales_transactions.csv}
 * @param path          where it was written
 * @param encoding      the bytes' encoding as a loader should report it, e.g. {@code windows-1252}
 * @param delimiter     the field delimiter
 * @param records       data records written (header and preamble lines excluded, broken records included)
 * @param brokenRecords records planted to be rejected by a loader (wrong field count, unclosed quote)
 * @param messiness     what makes this file realistic, in a few words
 */
public record DemoFile(String name, Path path, String encoding, char delimiter, int records, int brokenRecords,
                       String messiness) {
}
