package dev.kimball.inference;

import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link ColumnEvidence} and name hints into candidates and picks one: the candidate explaining the most
 * non-null values wins, ties go to the more specific type (boolean, then temporal, then integer, decimal, float).
 * The winner is accepted when it explains at least the threshold share of non-null values (booleans need their
 * own, stricter share, because a repeated third value is a category, not noise); otherwise the column is STRING.
 */
final class TypeDecider {
    private static final int R_BOOL = 7, R_TEMPORAL = 6, R_INT_TEMPORAL = 5, R_INT = 4, R_DEC = 3, R_FLOAT = 2;

    private TypeDecider() {
    }

    static Decision decide(ColumnEvidence ev, int hints, InferenceOptions o) {
        Decision best = best(ev, hints, o);
        if (ev.nonNull == 0) {
            return new Decision(LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.NONE, 0, 0,
                    "no non-null values among " + ev.values + " examined", List.of());
        }
        if (best == null || best.conforming() < o.threshold() * ev.nonNull) {
            return mixed(best, ev.nonNull, o);
        }
        return best;
    }

    /** STRING because the best typed candidate (or none) explains too few values. */
    static Decision mixed(Decision best, int nonNull, InferenceOptions o) {
        String why = best == null ? "no number, date, time or boolean format fits the values"
                : "mixed values: the best candidate, " + name(best) + ", fits only " + best.conforming() + " of "
                + nonNull + " non-null values (" + pct(best.conforming(), nonNull) + ", below the "
                + pct(o.threshold()) + " threshold)";
        // for STRING, conforming counts the values no typed candidate explains: confidence = 1 - best share
        return new Decision(LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.NONE,
                best == null ? nonNull : nonNull - best.conforming(), 0, why, List.of());
    }

    /** The typed candidate explaining the most values (ties: the more specific), or null. */
    static Decision best(ColumnEvidence ev, int hints, InferenceOptions o) {
        List<Decision> candidates = new ArrayList<>(4);
        Decision bool = bool(ev, hints);
        if (bool != null && bool.conforming() >= o.booleanThreshold() * ev.nonNull) {
            candidates.add(bool);
        }
        number(ev, hints, o, candidates);
        Decision t = TemporalDecider.decide(ev, o.preferDayFirst());
        if (t != null) {
            candidates.add(t);
        }
        Decision best = null;
        for (Decision d : candidates) {
            if (best == null || d.conforming() > best.conforming()
                    || d.conforming() == best.conforming() && d.rank() > best.rank()) {
                best = d;
            }
        }
        return best;
    }

    private static Decision bool(ColumnEvidence ev, int hints) {
        int bestV = -1, bestN = 0;
        for (int v = 0; v < BooleanDetector.VOCABULARIES.length; v++) {
            if (v == BooleanDetector.ONE_ZERO && (hints & NameHints.BOOL) == 0) {
                continue;
            }
            int n = ev.bool[1 + 2 * v] + ev.bool[2 + 2 * v];
            if (n > bestN) {
                bestN = n;
                bestV = v;
            }
        }
        if (bestV < 0) {
            return null;
        }
        String[] tokens = BooleanDetector.VOCABULARIES[bestV];
        String why = bestV == BooleanDetector.ONE_ZERO ? "1/0 values and a boolean-like name" : "values are " + tokens[0] + "/" + tokens[1];
        return new Decision(LogicalType.BOOLEAN, 0, 0, TypeFormat.bool(tokens[0], tokens[1]), Semantic.NONE, bestN,
                R_BOOL, why, List.of());
    }

    private static void number(ColumnEvidence ev, int hints, InferenceOptions o, List<Decision> out) {
        int c = -1, total = 0;
        for (int k = 0; k < NumberFormatDetector.CONVENTIONS; k++) {
            int n = ev.conv[k] + ev.digitsOnly;
            if (n > total) {
                total = n;
                c = k;
            }
        }
        if (c < 0) {
            return;
        }
        char dec = NumberFormatDetector.DECIMAL[c];
        char grp = (ev.groupedMask & 1 << c) != 0 ? NumberFormatDetector.GROUPING[c] : '\0';
        TypeFormat f = TypeFormat.number(dec, grp);
        int conforming = total;
        int maxInt = Math.max(ev.convMaxInt[c], ev.digitsMaxLen), scale = ev.convMaxScale[c];
        boolean integral = ev.convIntegral[c] + ev.digitsOnly == total;
        List<TypeFormat> alternatives = new ArrayList<>();
        for (int k = 0; k < NumberFormatDetector.CONVENTIONS; k++) {
            if (k != c && ev.conv[k] + ev.digitsOnly == total && ev.conv[k] > 0 && NumberFormatDetector.DECIMAL[k] != dec
                    && ((ev.groupedMask & 1 << k) != 0 || grp != '\0' || scale > 0)) {
                alternatives.add(TypeFormat.number(NumberFormatDetector.DECIMAL[k],
                        (ev.groupedMask & 1 << k) != 0 ? NumberFormatDetector.GROUPING[k] : '\0'));
                break;
            }
        }
        StringBuilder why = new StringBuilder();
        Semantic sem = Semantic.NONE;
        int cur = 0, curN = 0, curAll = 0;
        for (int k = 0; k < ev.currency.length; k++) {
            curAll += ev.currency[k];
            if (ev.currency[k] > curN) {
                curN = ev.currency[k];
                cur = k;
            }
        }
        if (curN * 2 >= total && curN > 0) {
            String sym = CurrencyTokens.TOKENS[cur];
            f = f.withCurrency(sym, ev.currencySuffix * 2 >= curN ? TypeFormat.Position.SUFFIX : TypeFormat.Position.PREFIX);
            conforming -= curAll - curN;
            sem = Semantic.CURRENCY;
            why.append("amounts in ").append(sym).append("; ");
        } else {
            conforming -= curAll;
        }
        if (ev.percents * 2 >= total && ev.percents > 0) {
            f = f.withPercent(o.percentScale());
            sem = Semantic.PERCENTAGE;
            why.append("percentages (").append(o.percentScale() == TypeFormat.PercentScale.FRACTION
                    ? "85.5% is 0.855" : "85.5% is 85.5").append("); ");
        } else {
            conforming -= ev.percents;
        }
        if (ev.parens > 0) {
            f = f.withAccountingNegatives(true);
            why.append("accounting negatives in parentheses; ");
        }
        if (grp != '\0') {
            why.append("thousands grouped with '").append(grp).append("'; ");
        }
        if (ev.exponents > 0) {
            out.add(new Decision(LogicalType.FLOAT, 0, 0, f.withExponent(true), Semantic.SCIENTIFIC, conforming, R_FLOAT,
                    why + "scientific notation in " + ev.exponents + " values", alternatives));
            return;
        }
        if (sem == Semantic.PERCENTAGE && o.percentScale() == TypeFormat.PercentScale.FRACTION) {
            scale += 2;
            maxInt = Math.max(maxInt - 2, 1);
            integral = false;
        }
        if (integral) {
            Decision d = new Decision(LogicalType.INTEGER, maxInt, 0, f, sem, conforming, R_INT, why + "whole numbers", alternatives);
            out.add(integerSemantics(d, ev, hints));
            if ((hints & (NameHints.ID | NameHints.ZIP | NameHints.PHONE)) == 0) {
                intTemporal(ev, hints, out);
            }
            return;
        }
        int p = maxInt + scale;
        if (p > 38) {
            out.add(new Decision(LogicalType.FLOAT, 0, 0, f, sem, conforming, R_FLOAT,
                    why.toString() + p + " significant digits, more than DECIMAL(38) holds", alternatives));
            return;
        }
        out.add(new Decision(LogicalType.DECIMAL, Math.max(p, 1), scale, f, sem, conforming, R_DEC,
                why + "numbers with up to " + scale + " fraction digits", alternatives));
    }

    /** Identifiers that look like integers: leading zeros, or a ZIP/phone name over all-digit values. */
    private static Decision integerSemantics(Decision d, ColumnEvidence ev, int hints) {
        if (ev.leadingZeros > 0 && d.semantic() == Semantic.NONE) {
            return new Decision(LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.IDENTIFIER, d.conforming(), R_INT,
                    ev.leadingZeros + " values have leading zeros: an identifier, kept as text", List.of());
        }
        if ((hints & (NameHints.ZIP | NameHints.PHONE)) != 0 && d.semantic() == Semantic.NONE) {
            return new Decision(LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.IDENTIFIER, d.conforming(), R_INT,
                    "digits only, and the name says ZIP/postal code or phone number: kept as text", List.of());
        }
        if ((hints & NameHints.ID) != 0 && d.semantic() == Semantic.NONE) {
            return d.with(Semantic.IDENTIFIER, d.reason() + "; the name says identifier");
        }
        if ((hints & NameHints.YEAR) != 0 && ev.years == ev.digitsOnly && ev.digitsOnly == d.conforming()) {
            return d.with(Semantic.YEAR, "four-digit years 1800-2100 and a year-like name");
        }
        return d;
    }

    /** yyyyMMdd dates and Unix epochs written as plain integers. */
    private static void intTemporal(ColumnEvidence ev, int hints, List<Decision> out) {
        if (ev.digitsOnly == 0 || ev.leadingZeros > 0) {
            return;
        }
        if (ev.yyyymmdd > 0) {
            out.add(new Decision(LogicalType.DATE, 0, 0, TypeFormat.temporal("yyyyMMdd"), Semantic.YYYYMMDD, ev.yyyymmdd,
                    R_INT_TEMPORAL, "eight-digit values that are valid dates yyyyMMdd (1900-2099)", List.of()));
        }
        TypeFormat integer = TypeFormat.number('.', '\0');
        if (ev.unixSeconds > 0) {
            out.add(new Decision(LogicalType.TIMESTAMP, 0, 0, TypeFormat.unix(TypeFormat.UnixUnit.SECONDS),
                    Semantic.UNIX_SECONDS, ev.unixSeconds, R_INT_TEMPORAL, "integers in the range of Unix seconds 1990-2038"
                    + ((hints & (NameHints.TIME | NameHints.DATE)) != 0 ? " and a time-like name" : ""),
                    (hints & (NameHints.TIME | NameHints.DATE)) != 0 ? List.of() : List.of(integer)));
        }
        if (ev.unixMillis > 0) {
            out.add(new Decision(LogicalType.TIMESTAMP, 0, 0, TypeFormat.unix(TypeFormat.UnixUnit.MILLIS),
                    Semantic.UNIX_MILLIS, ev.unixMillis, R_INT_TEMPORAL, "integers in the range of Unix milliseconds 1990-2100"
                    + ((hints & (NameHints.TIME | NameHints.DATE)) != 0 ? " and a time-like name" : ""),
                    (hints & (NameHints.TIME | NameHints.DATE)) != 0 ? List.of() : List.of(integer)));
        }
    }

    static String name(Decision d) {
        return d.type() == LogicalType.DECIMAL ? "DECIMAL(" + d.precision() + "," + d.scale() + ")" : d.type().name()
                + (d.format().isNone() ? "" : " " + d.format().describe());
    }

    static String pct(int n, int of) {
        return pct(of == 0 ? 0 : (double) n / of);
    }

    static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
