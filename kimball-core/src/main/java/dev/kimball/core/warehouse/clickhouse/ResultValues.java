package dev.kimball.core.warehouse.clickhouse;

import com.clickhouse.client.api.data_formats.internal.BinaryStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Normalises the Java values the ClickHouse client reads into the few types KIMBALL's callers handle, so code
 * written against one warehouse works on the other: every integer width to {@link Long} (a UInt64/Int128 that does
 * not fit stays {@link BigInteger}), Float32/64 to {@link Double}, DateTime/DateTime64 to {@link Instant}, Decimal
 * to {@link BigDecimal}, Bool to {@link Boolean}, UUID/IP/Enum to {@link String}, arrays to {@link List}, maps to
 * {@link Map}; Date stays {@link java.time.LocalDate}.
 */
final class ResultValues {
    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private ResultValues() {
    }

    static Object normalise(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean
                || v instanceof BigDecimal || v instanceof Instant) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BinaryStreamReader.EnumValue e) { // the client's own types for Enum and Array values
            return e.getName();
        }
        if (v instanceof BinaryStreamReader.ArrayValue a) {
            return normalise(a.asList());
        }
        if (v instanceof Float f) {
            return Double.valueOf(f.toString()); // 0.1f becomes 0.1, not 0.10000000149011612
        }
        if (v instanceof BigInteger b) {
            return b.compareTo(MIN_LONG) >= 0 && b.compareTo(MAX_LONG) <= 0 ? (Object) b.longValue() : b;
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (v instanceof UUID || v instanceof Enum<?> || v instanceof CharSequence) {
            return v.toString();
        }
        if (v instanceof InetAddress a) {
            return a.getHostAddress();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(normalise(o));
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(normalise(k), normalise(val)));
            return out;
        }
        if (v.getClass().isArray() && !(v instanceof byte[])) {
            int n = java.lang.reflect.Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(normalise(java.lang.reflect.Array.get(v, i)));
            }
            return out;
        }
        return v;
    }
}
