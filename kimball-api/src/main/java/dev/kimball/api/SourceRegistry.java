package dev.kimball.api;

import java.util.List;
import java.util.Optional;

/**
 * Named sources kept in the warehouse ({@code metadata.sources}), shared by every session on it: define a source once
 * ({@code add("sales", Sources.csv(...))}), then load it by name ({@code session.acquire(session.sources().get("sales"))}).
 * Every change is a new version; {@link #remove} is a soft delete and {@link #history} keeps every version.
 *
 * <p>Stored definitions hold secret <em>references</em> only ({@code env:NAME}, {@code file:/path}), never a value: a
 * source with an in-memory {@link Secret#of(String)} is refused. Every built-in source kind can be stored
 * (CSV, Excel, Parquet, JSON and any-format files on local paths or S3; PostgreSQL); a connector's own source type
 * cannot. A stored local path is kept as given: a relative path is resolved against the working directory of the
 * process that loads it, so prefer absolute paths.
 *
 * <p>Names are 1-128 characters: letters, digits, {@code _ - .}, starting with a letter or a digit. Names are case-sensitive.
 *
 * <p>Every method may throw {@link WarehouseException} when the warehouse cannot be read or written. Thread-safe.
 */
public interface SourceRegistry {
    /**
     * Stores a new named source.
     *
     * @throws ConfigurationException SOURCE_NAME (invalid name), SOURCE_EXISTS (the name is taken: use {@link #update}),
     *                                SECRET_LITERAL (a secret is a literal value: use {@code Secret.env}/{@code Secret.file}),
     *                                SOURCE_NOT_STORABLE (a source type this registry cannot describe)
     */
    NamedSource add(String name, Source source, String description);

    /** {@link #add(String, Source, String)} without a description. */
    default NamedSource add(String name, Source source) {
        return add(name, source, "");
    }

    /**
     * Replaces the definition of an existing source (a new version; the old one stays in {@link #history}).
     *
     * @throws ConfigurationException SOURCE_UNKNOWN (no such source: use {@link #add}, the message lists the known
     *                                names), and as {@link #add}
     */
    NamedSource update(String name, Source source, String description);

    /** {@link #update(String, Source, String)} keeping the current description. */
    NamedSource update(String name, Source source);

    /**
     * The source stored under this name, ready for {@link KimballSession#acquire(Source...)}.
     *
     * @throws ConfigurationException SOURCE_UNKNOWN naming the known sources
     * @throws WarehouseException     SOURCE_SPEC_INVALID when the stored definition cannot be read (written by a newer
     *                                KIMBALL, or edited by hand)
     */
    Source get(String name);

    /** The named source with its metadata, or empty when there is none (or it was removed). */
    Optional<NamedSource> find(String name);

    /** Every source not removed, sorted by name. */
    List<NamedSource> list();

    /**
     * Removes a source (a soft delete: its versions stay in {@link #history}; the name can be added again).
     *
     * @throws ConfigurationException SOURCE_UNKNOWN naming the known sources
     */
    void remove(String name);

    /** Every version of this name, oldest first, including removals; empty for a name never used. */
    List<SourceRevision> history(String name);

    /**
     * Checks that the named source can be reached and read: files exist and are readable (a glob matches, a folder holds
     * files of the format), an S3 bucket exists and the credentials may list it, a PostgreSQL server answers, accepts the
     * credentials and has the schema and tables. Bounded by a timeout; never throws for a source that cannot be reached,
     * the result says what is wrong.
     *
     * @throws ConfigurationException SOURCE_UNKNOWN naming the known sources
     */
    SourceCheck test(String name);
}
