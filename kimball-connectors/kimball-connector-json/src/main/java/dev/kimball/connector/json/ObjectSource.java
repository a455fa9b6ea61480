package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;

/**
 * The items of a JSON file in one {@link Layout}: each is an object to flatten (the parser on its START_OBJECT) or
 * something that cannot be a row (a bad line, an array element that is not an object) with the reason.
 */
interface ObjectSource extends Closeable {
    /** Moves to the next item; false at the end. */
    boolean next() throws IOException;

    /** The parser on the current object's START_OBJECT, or null when the current item is a reject. */
    JsonParser object();

    /** Why the current item is a reject (when {@link #object()} is null). */
    String rejectReason();

    /**
     * The number that identifies the current item in lineage and rejects: its line for JSON lines, its 1-based
     * position for arrays and concatenated objects (a minified array has all its objects on line 1).
     */
    long number();

    /** After the object was read: null, or why the item must still be rejected (content after it on its line). */
    String afterObject() throws IOException;

    /** Where the current item is, appended to reasons where {@link #number()} is not a line: empty for JSON lines. */
    default String where() {
        return "";
    }

    /** The raw text of the current item, as far as it is kept. */
    String raw();

    /**
     * Invalid JSON inside the current object: the reject reason when reading can go on (JSON lines), otherwise throws
     * the exception back (a stream cannot find the next object after a syntax error).
     */
    String invalid(JsonProcessingException e) throws JsonProcessingException;

    /** Describes a parse error without Jackson's source prefix: {@code <message> (line L, column C)}. */
    static String describe(JsonProcessingException e, boolean withLine) {
        String m = e.getOriginalMessage();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            m += withLine ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"
                    : " (column " + e.getLocation().getColumnNr() + ")";
        }
        return m;
    }
}
