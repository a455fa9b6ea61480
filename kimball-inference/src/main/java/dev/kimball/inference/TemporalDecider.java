package dev.kimball.inference;

import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeFormat;
import java.util.List;

/**
 * Picks the temporal format of a column from the structural keys its values produced. Values with only the date
 * part of a timestamp format join it (the time becomes optional); the day/month order of numeric dates is decided
 * by the whole column: a value valid in one order only (a day above 12) decides, and a column where no value
 * decides is reported with both orders.
 */
final class TemporalDecider {
    private TemporalDecider() {
    }

    static Decision decide(ColumnEvidence ev, boolean preferDayFirst) {
        int best = -1, bestN = 0;
        for (int i = 0; i < ev.keyCountUsed; i++) {
            int n = groupCount(ev, i);
            if (n > bestN || n == bestN && best >= 0 && richer(ev.keys[i], ev.keys[best])) {
                bestN = n;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        long key = ev.keys[best];
        long datePart = key & TemporalKey.DATE_PART;
        int count = 0, months = 0, unpadded = 0, fraction = 0, zones = 0, dmy = 0, mdy = 0, dateOnly = 0;
        boolean fractionOpt = false;
        boolean secondsMixed = false;
        for (int i = 0; i < ev.keyCountUsed; i++) {
            long k = ev.keys[i];
            if (!member(k, key)) {
                continue;
            }
            count += ev.keyCount[i];
            unpadded |= ev.keyUnpadded[i];
            months |= ev.keyMonthForms[i];
            dmy += ev.keyDmyOnly[i];
            mdy += ev.keyMdyOnly[i];
            if (TemporalKey.hasTime(k) || !TemporalKey.hasTime(key)) {
                fraction = Math.max(fraction, ev.keyFraction[i]);
                fractionOpt |= ev.keyNoFraction[i] > 0;
                zones |= ev.keyZones[i];
                secondsMixed |= (k & TemporalKey.SECONDS) != (key & TemporalKey.SECONDS);
            } else {
                dateOnly += ev.keyCount[i];
            }
        }
        key |= secondsMixed ? TemporalKey.SECONDS : 0;
        boolean time = TemporalKey.hasTime(key), date = TemporalKey.hasDate(key);
        LogicalType type = !date ? LogicalType.TIME : time ? LogicalType.TIMESTAMP : LogicalType.DATE;
        boolean numericDm = (key & TemporalKey.ORDER) == TemporalKey.XXY;
        boolean dayFirst = preferDayFirst;
        String why;
        List<TypeFormat> alternatives = List.of();
        int conforming = count;
        if (!numericDm) {
            why = "every conforming value parses with this pattern";
        } else if (dmy > 0 && mdy == 0) {
            dayFirst = true;
            why = dmy + " values have a day above 12 first, so the day comes first";
        } else if (mdy > 0 && dmy == 0) {
            dayFirst = false;
            why = mdy + " values have a day above 12 second, so the month comes first";
        } else if (dmy > 0) {
            dayFirst = dmy >= mdy;
            conforming = count - Math.min(dmy, mdy);
            why = "conflicting day/month order: " + dmy + " values are day-first only, " + mdy
                    + " month-first only; the minority does not conform";
        } else {
            alternatives = List.of(TypeFormat.temporal(TemporalKey.pattern(key, !dayFirst, unpadded, fraction, fractionOpt,
                    zones, dateOnly > 0, months, secondsMixed)));
            why = "ambiguous: no day is above 12, so day-first and month-first both fit; "
                    + (dayFirst ? "day-first" : "month-first") + " chosen by configuration";
        }
        String pattern = TemporalKey.pattern(key, dayFirst, unpadded, fraction, fractionOpt, zones, dateOnly > 0, months, secondsMixed);
        if (dateOnly > 0) {
            why += "; " + dateOnly + " values have the date only";
        }
        return new Decision(type, 0, 0, TypeFormat.temporal(pattern), Semantic.NONE, conforming, 6, why, alternatives);
    }

    /**
     * Whether values of key {@code k} belong to the format of {@code key}: the same key, the same key with or without
     * seconds, or (for a timestamp key) the date part alone.
     */
    private static boolean member(long k, long key) {
        if (k == key) {
            return true;
        }
        if (!TemporalKey.hasTime(key)) {
            return false;
        }
        return (k | TemporalKey.SECONDS) == (key | TemporalKey.SECONDS)
                || TemporalKey.hasDate(key) && !TemporalKey.hasTime(k) && (k & TemporalKey.DATE_PART) == (key & TemporalKey.DATE_PART);
    }

    /** Of two keys explaining as many values, the one with a time, then with seconds, represents the group. */
    private static boolean richer(long a, long b) {
        if (TemporalKey.hasTime(a) != TemporalKey.hasTime(b)) {
            return TemporalKey.hasTime(a);
        }
        return (a & TemporalKey.SECONDS) != 0 && (b & TemporalKey.SECONDS) == 0;
    }

    /** Values of all keys that are members of key {@code i}'s format. */
    private static int groupCount(ColumnEvidence ev, int i) {
        int n = 0;
        for (int j = 0; j < ev.keyCountUsed; j++) {
            if (member(ev.keys[j], ev.keys[i])) {
                n += ev.keyCount[j];
            }
        }
        return n;
    }
}
