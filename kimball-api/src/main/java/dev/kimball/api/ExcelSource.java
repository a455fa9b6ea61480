package dev.kimball.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Excel workbooks ({@code .xlsx} streamed, {@code .xls}). By default every sheet becomes a unit (a bronze table
 * {@code <file>_<sheet>}); {@link #sheet(String)} picks one. The header row is detected unless set.
 */
public final class ExcelSource implements FileSource {
    /** How cell values become strings. */
    public enum CellValues {
        /** Exact values: numbers as plain decimals ({@code 1234.5}), dates as ISO-8601, booleans {@code true}/{@code false}. Default. */
        ISO,
        /** The text the sheet displays with its number format ({@code $1,234.50}, {@code 03/15/2024}). */
        DISPLAYED
    }

    private final Location location;
    private final String sheet;
    private final Integer headerRow;
    private final CellValues values;

    private ExcelSource(Location location, String sheet, Integer headerRow, CellValues values) {
        this.location = Objects.requireNonNull(location, "location");
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.values = values;
    }

    static ExcelSource of(Location location) {
        return new ExcelSource(location, null, null, CellValues.ISO);
    }

    @Override
    public Location location() {
        return location;
    }

    /** The one sheet to read, or empty for every sheet. */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** The 1-based row holding the header, or empty to detect it. */
    public Optional<Integer> headerRow() {
        return Optional.ofNullable(headerRow);
    }

    public CellValues values() {
        return values;
    }

    public ExcelSource sheet(String name) {
        if (name == null || name.isEmpty()) {
            throw new ConfigurationException("EXCEL_OPTION", "sheet name must not be empty");
        }
        return new ExcelSource(location, name, headerRow, values);
    }

    public ExcelSource headerRow(int row) {
        if (row < 1) {
            throw new ConfigurationException("EXCEL_OPTION", "header row is 1-based, got " + row);
        }
        return new ExcelSource(location, sheet, row, values);
    }

    public ExcelSource values(CellValues v) {
        return new ExcelSource(location, sheet, headerRow, Objects.requireNonNull(v, "values"));
    }

    @Override
    public String describe() {
        return "excel:" + location.describe() + (sheet != null ? "#" + sheet : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExcelSource s && location.equals(s.location) && Objects.equals(sheet, s.sheet)
                && Objects.equals(headerRow, s.headerRow) && values == s.values;
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, sheet, headerRow, values);
    }

    @Override
    public String toString() {
        return "ExcelSource[" + location.describe() + (sheet != null ? ", sheet=" + sheet : "")
                + (headerRow != null ? ", headerRow=" + headerRow : "") + ", values=" + values + "]";
    }
}
