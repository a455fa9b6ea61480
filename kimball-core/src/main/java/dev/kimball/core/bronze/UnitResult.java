package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.TableRef;
import java.util.List;

/**
 * What loading one source unit did.
 *
 * @param cursorMark the high-water mark the reader reported for an incremental read by cursor, or null
 */
record UnitResult(TableRef table, String source, long rowsRead, long rowsLoaded, long rowsRejected, long bytes,
                  long startNanos, long endNanos, String encoding, String dialect, long controlCharsRemoved,
                  List<BronzeColumn> columns, String cursorMark) {
}
