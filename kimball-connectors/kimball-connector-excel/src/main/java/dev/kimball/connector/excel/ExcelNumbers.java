package dev.kimball.connector.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The ISO text of a numeric cell. Excel stores every number as an IEEE double and works with 15 significant digits
 * (it shows and accepts no more), so:
 * <ul>
 *   <li>an integer up to 2<sup>53</sup> is printed exactly ({@code 10000000}, {@code 1234567890123456}), never
 *       {@code 1.0E7} or {@code 10000000.0};</li>
 *   <li>a larger integer is printed as the shortest decimal that reads back as the same double
 *       ({@code 12345678901234567000} for the double nearest 12345678901234567890);</li>
 *   <li>any other number is rounded to 15 significant digits, trailing zeros dropped: {@code 0.1} stays {@code 0.1},
 *       the {@code 0.30000000000000004} that {@code =0.1+0.2} stores becomes {@code 0.3}, and {@code =1/3} gives
 *       {@code 0.333333333333333}, which is what Excel shows in its formula bar;</li>
 *   <li>never an exponent ({@link BigDecimal#toPlainString()}); {@code -0} is {@code 0}.</li>
 * </ul>
 * A number written by a program with 16 or 17 significant digits after the point loses the digits past the 15th.
 */
final class ExcelNumbers {
    private static final double EXACT_LONG_LIMIT = 9.007199254740992E15; // 2^53
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private ExcelNumbers() {
    }

    static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            // cannot come from a valid workbook; kept visible rather than guessed
            return Double.toString(d);
        }
        if (d == 0) {
            return "0";
        }
        boolean integral = d == Math.rint(d);
        if (integral && Math.abs(d) < EXACT_LONG_LIMIT) {
            return Long.toString((long) d);
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shown = integral ? shortestRoundTrip(exact, d) : exact.round(EXCEL_PRECISION);
        return shown.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal shortestRoundTrip(BigDecimal exact, double d) {
        for (int digits = 15; digits < 17; digits++) {
            BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)); // 17 digits identify every double
    }
}
