package dev.kimball.core.bronze;

import dev.kimball.api.FileSource;
import dev.kimball.api.LoadRequest;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.TableRef;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which bronze table each unit goes to. Units of one source with the same {@link SourceUnit#tableHint()}
 * (the key ranges of one PostgreSQL table, the same file name in several folders) form a {@link Group} with one table,
 * and so do units whose hints differ only in numbers or dates when they share a header (see {@link #byNamePattern}).
 * A group's table is: the forced name of the load, else the table its units went to before, else the snake_cased
 * hint, with {@code _2}, {@code _3}... when that name is already used by another source or another group.
 */
final class LoadPlanner {
    /** Units of one source that feed one table; the unit of replace/cleanup semantics. */
    record Group(Source source, String kind, TableRef table, List<SourceUnit> units) {
    }

    private final Warehouse warehouse;
    private final MetadataStore metadata;
    private final SourceProviders providers;

    LoadPlanner(Warehouse warehouse, MetadataStore metadata, SourceProviders providers) {
        this.warehouse = warehouse;
        this.metadata = metadata;
        this.providers = providers;
    }

    List<Group> plan(LoadRequest request) {
        List<Group> groups = new ArrayList<>();
        Set<String> takenThisLoad = new HashSet<>();
        Set<String> seenUnits = new HashSet<>();
        TableRef forced = request.table() == null ? null : TableRef.bronze(BronzeNaming.table(request.table()));
        for (Source source : request.sources()) {
            SourceProvider provider = providers.forSource(source);
            Map<String, List<SourceUnit>> byHint = new LinkedHashMap<>();
            for (SourceUnit unit : provider.units(source)) {
                if (seenUnits.add(unit.name())) { // the same file named by two globs is loaded once
                    byHint.computeIfAbsent(unit.tableHint(), h -> new ArrayList<>()).add(unit);
                }
            }
            Map<String, List<SourceUnit>> tables = forced != null || !(source instanceof FileSource) ? byHint : byNamePattern(byHint);
            for (Map.Entry<String, List<SourceUnit>> e : tables.entrySet()) {
                List<SourceUnit> units = e.getValue();
                TableRef table = forced != null ? forced : TableRef.bronze(tableFor(source, e.getKey(), units, takenThisLoad));
                groups.add(new Group(source, provider.name(), table, List.copyOf(units)));
            }
        }
        if (groups.isEmpty()) {
            throw new SourceException("SOURCE_EMPTY", "nothing to load: " + request.sources().stream().map(Source::describe).toList()
                    + " matched no files");
        }
        return groups;
    }

    /**
     * Files (not database tables) whose names differ only in numbers or dates (daily exports, part files) and that share a header form one
     * table named after the pattern ({@code sales_2024-01-01.csv}, {@code sales_2024-01-02.csv} -> {@code sales});
     * the others keep one table per name. Costs one header read per file that shares a pattern with another.
     */
    private static Map<String, List<SourceUnit>> byNamePattern(Map<String, List<SourceUnit>> byHint) {
        Map<String, List<String>> hintsByPattern = new LinkedHashMap<>();
        for (String hint : byHint.keySet()) {
            hintsByPattern.computeIfAbsent(NamePattern.hasNumber(hint) ? NamePattern.key(hint) : "\0" + hint, k -> new ArrayList<>()).add(hint);
        }
        Map<String, List<SourceUnit>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : hintsByPattern.entrySet()) {
            if (e.getValue().size() == 1) {
                String hint = e.getValue().get(0);
                out.put(hint, byHint.get(hint));
                continue;
            }
            Map<List<String>, List<String>> hintsByHeader = new LinkedHashMap<>();
            for (String hint : e.getValue()) {
                try (var reader = byHint.get(hint).get(0).open()) {
                    hintsByHeader.computeIfAbsent(reader.header(), h -> new ArrayList<>()).add(hint);
                }
            }
            for (List<String> hints : hintsByHeader.values()) {
                if (hints.size() == 1) {
                    out.put(hints.get(0), byHint.get(hints.get(0)));
                } else {
                    List<SourceUnit> units = new ArrayList<>();
                    hints.forEach(h -> units.addAll(byHint.get(h)));
                    out.merge(NamePattern.tableBase(e.getKey()), units, (a, b) -> {
                        List<SourceUnit> all = new ArrayList<>(a);
                        all.addAll(b);
                        return all;
                    });
                }
            }
        }
        return out;
    }

    private String tableFor(Source source, String hint, List<SourceUnit> units, Set<String> takenThisLoad) {
        for (SourceUnit u : units) {
            Object before = metadata.find(MetadataTables.SOURCE_UNITS, "source", u.name()).map(r -> r.get("bronze_table")).orElse(null);
            if (before instanceof String t && takenThisLoad.add(t)) {
                return t;
            }
        }
        String base = BronzeNaming.table(hint);
        String name = base;
        for (int n = 2; takenThisLoad.contains(name) || ownedByOthers(name, source, units); n++) {
            name = base + "_" + n;
        }
        takenThisLoad.add(name);
        return name;
    }

    /** A table belongs to this group when every source recorded for it is one of its units or came from the same source description. */
    private boolean ownedByOthers(String table, Source source, List<SourceUnit> units) {
        if (!warehouse.tableExists(TableRef.bronze(table))) {
            return false;
        }
        Dialect d = warehouse.dialect();
        Set<String> names = new HashSet<>();
        units.forEach(u -> names.add(u.name()));
        List<Map<String, Object>> owners = metadata.read(MetadataTables.SOURCE_UNITS, d.quote("bronze_table") + " = " + d.literal(table));
        return owners.isEmpty() || owners.stream().anyMatch(r -> !names.contains(r.get("source"))
                && !source.describe().equals(r.get("location")));
    }
}
