package dev.kimball.core.registry;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.NamedSource;
import dev.kimball.api.Source;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.SourceRegistry;
import dev.kimball.api.SourceRevision;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableDef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@link SourceRegistry} of a warehouse: the latest definitions in the versioned {@code metadata.sources}, every
 * version also appended to {@code metadata.source_history} (ClickHouse merges collapse older versions of a versioned
 * table, so those rows alone are no history). Definitions are stored as {@link SourceSpecs} JSON, secrets as references.
 *
 * <p>{@link #add} checks the name is free and then writes: two sessions adding the same name at the same moment both
 * succeed and the later write wins (there is no lock across sessions). Thread-safe.
 */
public final class WarehouseSourceRegistry implements SourceRegistry {
    /** Longest a {@link #test} waits for a connector's check (each connector also bounds its own network steps). */
    public static final Duration TEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final TableDef TABLE = MetadataTables.SOURCES;

    private final MetadataStore metadata;
    private final SourceChecker checker;

    /**
     * @param tester  checks a source (the connector's {@code SourceProvider.test}), returning what it found or throwing
     * @param timeout longest wait for one test
     */
    public WarehouseSourceRegistry(MetadataStore metadata, Function<Source, String> tester, Duration timeout) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.checker = new SourceChecker(tester, timeout);
    }

    @Override
    public NamedSource add(String name, Source source, String description) {
        requireName(name);
        Objects.requireNonNull(source, "source");
        SourceSpecs.Spec spec = SourceSpecs.encode(name, source);
        Optional<Map<String, Object>> existing = row(name);
        if (existing.isPresent()) {
            throw new ConfigurationException("SOURCE_EXISTS", "source '" + name + "' already exists ("
                    + existing.get().get("kind") + "); use update to change it, or remove it first");
        }
        Instant now = now();
        return write(name, spec, description(description), now, now);
    }

    @Override
    public NamedSource update(String name, Source source, String description) {
        requireName(name);
        Objects.requireNonNull(source, "source");
        SourceSpecs.Spec spec = SourceSpecs.encode(name, source);
        Map<String, Object> existing = require(name);
        return write(name, spec, description(description), instant(existing.get("created_at")), now());
    }

    @Override
    public NamedSource update(String name, Source source) {
        requireName(name);
        Objects.requireNonNull(source, "source");
        SourceSpecs.Spec spec = SourceSpecs.encode(name, source);
        Map<String, Object> existing = require(name);
        return write(name, spec, (String) existing.get("description"), instant(existing.get("created_at")), now());
    }

    private NamedSource write(String name, SourceSpecs.Spec spec, String description, Instant createdAt, Instant updatedAt) {
        Object[] values = {name, spec.kind(), spec.json(), description, createdAt, updatedAt};
        long version = metadata.upsert(TABLE, List.<Object[]>of(values));
        appendHistory(values, version, false);
        return new NamedSource(name, spec.kind(), SourceSpecs.decode(name, spec.json()), description, spec.json(), createdAt,
                updatedAt, version);
    }

    @Override
    public Source get(String name) {
        return toNamed(require(name)).source();
    }

    @Override
    public Optional<NamedSource> find(String name) {
        requireName(name);
        return row(name).map(WarehouseSourceRegistry::toNamed);
    }

    @Override
    public List<NamedSource> list() {
        return metadata.read(TABLE, null).stream().map(WarehouseSourceRegistry::toNamed)
                .sorted(Comparator.comparing(NamedSource::name)).toList();
    }

    @Override
    public void remove(String name) {
        Map<String, Object> existing = require(name);
        Object[] values = {name, existing.get("kind"), existing.get("spec"), existing.get("description"),
                instant(existing.get("created_at")), now()};
        long version = metadata.delete(TABLE, List.<Object[]>of(values));
        appendHistory(values, version, true);
    }

    @Override
    public List<SourceRevision> history(String name) {
        requireName(name);
        Dialect d = metadata.dialect();
        return metadata.all(MetadataTables.SOURCE_HISTORY, d.quote("name") + " = " + d.literal(name), TableDef.VERSION).stream()
                .map(r -> new SourceRevision(toNamed(r), Boolean.TRUE.equals(r.get(TableDef.IS_DELETED)))).toList();
    }

    @Override
    public SourceCheck test(String name) {
        Source source = get(name);
        return checker.check(name, source);
    }

    private void appendHistory(Object[] values, long version, boolean deleted) {
        Object[] row = java.util.Arrays.copyOf(values, values.length + 2);
        row[values.length] = version;
        row[values.length + 1] = deleted;
        metadata.append(MetadataTables.SOURCE_HISTORY, List.<Object[]>of(row));
    }

    private Optional<Map<String, Object>> row(String name) {
        return metadata.find(TABLE, "name", name);
    }

    private Map<String, Object> require(String name) {
        requireName(name);
        return row(name).orElseThrow(() -> unknown(name));
    }

    private ConfigurationException unknown(String name) {
        List<String> known = metadata.read(TABLE, null).stream().map(r -> (String) r.get("name")).sorted().toList();
        return new ConfigurationException("SOURCE_UNKNOWN", "no source named '" + name + "'; "
                + (known.isEmpty() ? "the registry is empty: add one first (kimball source add " + name + " <path-or-uri>)"
                : "known sources: " + shortList(known)));
    }

    private static String shortList(List<String> names) {
        return names.size() <= 20 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 20)) + " and " + (names.size() - 20) + " more";
    }

    /** @throws ConfigurationException SOURCE_NAME naming the bad name and what is allowed */
    static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConfigurationException("SOURCE_NAME", "a source name is 1-128 letters, digits, '_', '-' or '.', starting "
                    + "with a letter or digit (e.g. sales_2024), got " + (name == null ? "null" : "'" + name + "'"));
        }
    }

    private static String description(String description) {
        return description == null ? "" : description.strip();
    }

    private static NamedSource toNamed(Map<String, Object> r) {
        String name = (String) r.get("name");
        String spec = (String) r.get("spec");
        return new NamedSource(name, (String) r.get("kind"), SourceSpecs.decode(name, spec), Objects.toString(r.get("description"), ""),
                spec, instant(r.get("created_at")), instant(r.get("updated_at")), ((Number) r.get(TableDef.VERSION)).longValue());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Both warehouses return TIMESTAMP columns as {@link Instant} (UTC, as written). */
    private static Instant instant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("expected an Instant from a TIMESTAMP column, got " + (v == null ? "null" : v.getClass().getName()));
    }

    @Override
    public String toString() {
        return "WarehouseSourceRegistry[" + TABLE.table() + "]";
    }
}
