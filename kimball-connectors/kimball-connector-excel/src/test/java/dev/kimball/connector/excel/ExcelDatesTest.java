package dev.kimball.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelDatesTest {
    /** format; shows a date; shows a time; elapsed. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "yyyy-mm-dd; true; false; false",
        "m/d/yy; true; false; false",
        "d-mmm; true; false; false",
        "mmmm; true; false; false",
        "mmm-yy; true; false; false",
        "h:mm; false; true; false",
        "h:mm:ss AM/PM; false; true; false",
        "mm:ss; false; true; false",
        "mm:ss.0; false; true; false",
        "[h]:mm:ss; false; true; true",
        "[mm]:ss; false; true; true",
        "m/d/yy h:mm; true; true; false",
        "yyyy-mm-dd\"T\"hh:mm:ss; true; true; false",
        "[$-409]dddd, mmmm dd, yyyy; true; false; false",
        "[Red]yyyy-mm-dd; true; false; false",
        "\"Day \"d; true; false; false",
    })
    void formatParts(String format, boolean date, boolean time, boolean elapsed) {
        ExcelDates.Parts p = ExcelDates.Parts.of(format);
        assertThat(p.date()).as("date part of %s", format).isEqualTo(date);
        assertThat(p.time()).as("time part of %s", format).isEqualTo(time);
        assertThat(p.elapsed()).as("elapsed %s", format).isEqualTo(elapsed);
    }

    @Test
    void isoText() {
        double day = DateUtil.getExcelDate(LocalDate.of(2024, 2, 29));
        assertThat(ExcelDates.iso(day, "yyyy-mm-dd", false)).isEqualTo("2024-02-29");
        assertThat(ExcelDates.iso(day, "yyyy-mm-dd hh:mm", false)).isEqualTo("2024-02-29T00:00:00");
        assertThat(ExcelDates.iso(day + 0.75, "yyyy-mm-dd", false)).isEqualTo("2024-02-29T18:00:00");
        assertThat(ExcelDates.iso(0.5, "h:mm", false)).isEqualTo("12:00:00");
        assertThat(ExcelDates.iso(0, "h:mm", false)).isEqualTo("00:00:00");
        assertThat(ExcelDates.iso(1.25, "h:mm", false)).as("a time format over a day keeps the day").isEqualTo("1900-01-01T06:00:00");
        assertThat(ExcelDates.iso(2.5 / 24, "[h]:mm:ss", false)).isEqualTo("2:30:00");
        assertThat(ExcelDates.iso(-1, "yyyy-mm-dd", false)).as("not a valid date: the number").isEqualTo("-1");
        // one millisecond is kept; a time is exact to the millisecond
        double t = DateUtil.getExcelDate(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 1_000_000));
        assertThat(ExcelDates.iso(t, "yyyy-mm-dd hh:mm:ss.000", false)).isEqualTo("2024-01-02T03:04:05.001");
        // the same serial means another day in the 1904 system
        assertThat(ExcelDates.iso(day, "yyyy-mm-dd", true)).isEqualTo("2028-03-01");
        // Excel's fictitious 1900-02-29 (serial 60) and the days around it
        assertThat(ExcelDates.iso(59, "yyyy-mm-dd", false)).isEqualTo("1900-02-28");
        assertThat(ExcelDates.iso(61, "yyyy-mm-dd", false)).isEqualTo("1900-03-01");
    }
}
