package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.Source;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.spi.DeclaredKey;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.SourceUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the keys each source of a successful load declares ({@link dev.kimball.spi.SourceProvider#declaredKeys}) in
 * {@code metadata.declared_keys}, in bronze names: the table hint becomes the group's bronze table, header names become
 * bronze column names. A key naming a table or column this load did not write, or a foreign key whose referenced table
 * is not among this load's tables of the same source, is left out (Discover can only check keys between bronze tables).
 * Keys recorded earlier for the same tables and source that the source no longer declares are deleted. Keys are hints:
 * a source that cannot say its keys is logged and the load still succeeds.
 */
final class DeclaredKeys {
    private static final Logger LOG = LoggerFactory.getLogger(DeclaredKeys.class);
    private final MetadataStore metadata;
    private final SourceProviders providers;

    DeclaredKeys(MetadataStore metadata, SourceProviders providers) {
        this.metadata = metadata;
        this.providers = providers;
    }

    void record(List<LoadPlanner.Group> groups, List<TableLoadReport> tables, Instant at) {
        Map<TableRef, Map<String, String>> bronzeNames = new HashMap<>();
        for (TableLoadReport t : tables) {
            Map<String, String> names = new HashMap<>();
            for (BronzeColumn c : t.columns()) {
                names.putIfAbsent(c.original(), c.name());
            }
            bronzeNames.put(t.table(), names);
        }
        Map<Source, Map<String, TableRef>> bySource = new LinkedHashMap<>();
        for (LoadPlanner.Group g : groups) {
            if (bronzeNames.containsKey(g.table())) {
                Map<String, TableRef> hints = bySource.computeIfAbsent(g.source(), s -> new HashMap<>());
                for (SourceUnit u : g.units()) {
                    hints.putIfAbsent(u.tableHint(), g.table());
                }
            }
        }
        for (Map.Entry<Source, Map<String, TableRef>> e : bySource.entrySet()) {
            List<DeclaredKey> keys;
            try {
                keys = providers.forSource(e.getKey()).declaredKeys(e.getKey());
            } catch (RuntimeException ex) {
                LOG.warn("the keys declared by {} could not be read, so none are recorded for Discover: {}", e.getKey().describe(),
                        ex.getMessage());
                continue;
            }
            store(e.getKey().describe(), keys, e.getValue(), bronzeNames, at);
        }
    }

    private void store(String source, List<DeclaredKey> keys, Map<String, TableRef> hints, Map<TableRef, Map<String, String>> bronzeNames,
                       Instant at) {
        List<Object[]> rows = new ArrayList<>();
        Set<List<String>> ids = new HashSet<>();
        for (DeclaredKey k : keys) {
            TableRef table = hints.get(k.table());
            List<String> columns = table == null ? null : bronze(k.columns(), bronzeNames.get(table));
            if (columns == null) {
                continue;
            }
            String kind = switch (k.kind()) {
                case PRIMARY_KEY -> "PK";
                case UNIQUE -> "UNIQUE";
                case FOREIGN_KEY -> "FK";
            };
            TableRef ref = null;
            List<String> refColumns = null;
            if (k.kind() == DeclaredKey.Kind.FOREIGN_KEY) {
                ref = k.referencedTable() == null ? null : hints.get(k.referencedTable());
                refColumns = ref == null ? null : bronze(k.referencedColumns(), bronzeNames.get(ref));
                if (refColumns == null) {
                    continue;
                }
            }
            if (ids.add(List.of(table.name(), kind, k.name()))) {
                rows.add(new Object[] {table.name(), kind, k.name(), String.join(",", columns), ref == null ? null : ref.name(),
                        refColumns == null ? null : String.join(",", refColumns), source, at});
            }
        }
        Dialect d = metadata.dialect();
        Set<String> tableNames = new HashSet<>();
        hints.values().forEach(t -> tableNames.add(t.name()));
        List<Object[]> stale = new ArrayList<>();
        for (Map<String, Object> r : metadata.read(MetadataTables.DECLARED_KEYS, d.quote("source") + " = " + d.literal(source) + " AND "
                + d.quote("bronze_table") + " IN (" + tableNames.stream().map(d::literal).collect(Collectors.joining(", ")) + ")")) {
            if (!ids.contains(List.of((String) r.get("bronze_table"), (String) r.get("kind"), (String) r.get("name")))) {
                stale.add(new Object[] {r.get("bronze_table"), r.get("kind"), r.get("name"), r.get("columns"), r.get("ref_bronze_table"),
                        r.get("ref_columns"), r.get("source"), r.get("recorded_at")});
            }
        }
        metadata.delete(MetadataTables.DECLARED_KEYS, stale);
        metadata.upsert(MetadataTables.DECLARED_KEYS, rows);
    }

    /** The bronze names of source columns, or null when one is not a column of the bronze table. */
    private static List<String> bronze(List<String> columns, Map<String, String> names) {
        if (names == null) {
            return null;
        }
        List<String> out = new ArrayList<>(columns.size());
        for (String c : columns) {
            String n = names.get(c);
            if (n == null) {
                return null;
            }
            out.add(n);
        }
        return out;
    }
}
