package dev.kimball.core.warehouse.duckdb;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.duckdb.DuckDBWritableVector;

/**
 * Sets a VARCHAR vector from UTF-8 values packed one after the other, as the driver's own
 * {@link DuckDBWritableVector#setStringUtf8Batch} does after packing its {@code byte[][]} argument: that public method
 * needs one array per value, which a packed batch ({@link dev.kimball.spi.TextRows}) exists to avoid. So the driver's
 * native call behind it is used directly (found by reflection: it is package-private in duckdb_jdbc 2.0); if a
 * driver version lacks it, values are split into arrays and the public method is used ({@link #direct()} says which,
 * and a test pins it for the version we ship with).
 */
final class Utf8Vectors {
    private static final MethodHandle ASSIGN;
    private static final MethodHandle VECTOR_REF;

    static {
        MethodHandle assign = null;
        MethodHandle ref = null;
        try {
            Method m = Class.forName("org.duckdb.DuckDBBindings").getDeclaredMethod("duckdb_vector_assign_string_elements",
                    ByteBuffer.class, long.class, byte[].class, long[].class, int.class);
            m.setAccessible(true);
            Field f = DuckDBWritableVector.class.getDeclaredField("vectorRef");
            f.setAccessible(true);
            assign = MethodHandles.lookup().unreflect(m);
            ref = MethodHandles.lookup().unreflectGetter(f);
        } catch (ReflectiveOperationException | RuntimeException e) {
            assign = null;
            ref = null;
        }
        ASSIGN = assign;
        VECTOR_REF = ref;
    }

    private Utf8Vectors() {
    }

    /** Whether values go to DuckDB without one array per value. */
    static boolean direct() {
        return ASSIGN != null;
    }

    /**
     * Sets rows {@code 0..lengths.length-1} of {@code v}: value {@code i} is the next {@code lengths[i]} bytes of
     * {@code payload} (from 0 on), or NULL where {@code lengths[i]} is -1; {@code bytes} is the sum of the lengths.
     */
    static void assign(DuckDBWritableVector v, byte[] payload, long[] lengths, int bytes) {
        if (ASSIGN != null) {
            try {
                ByteBuffer vector = (ByteBuffer) VECTOR_REF.invokeExact(v);
                ASSIGN.invokeExact(vector, 0L, payload, lengths, bytes);
                return;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("setting a DuckDB vector failed: " + e.getMessage(), e);
            }
        }
        byte[][] values = new byte[lengths.length][];
        int p = 0;
        for (int i = 0; i < values.length; i++) {
            int len = (int) lengths[i];
            if (len >= 0) {
                values[i] = Arrays.copyOfRange(payload, p, p + len);
                p += len;
            }
        }
        v.setStringUtf8Batch(0, values);
    }
}
