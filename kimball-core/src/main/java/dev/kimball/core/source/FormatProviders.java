package dev.kimball.core.source;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Source;
import dev.kimball.spi.FormatProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** The file formats on the classpath, found with {@link ServiceLoader}. */
final class FormatProviders {
    /** Extensions of the formats KIMBALL ships, so a missing module can be named. */
    private static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("csv", "csv"), Map.entry("tsv", "csv"),
            Map.entry("txt", "csv"), Map.entry("psv", "csv"), Map.entry("tab", "csv"), Map.entry("dat", "csv"),
            Map.entry("xlsx", "excel"), Map.entry("xls", "excel"), Map.entry("parquet", "parquet"), Map.entry("json", "json"),
            Map.entry("jsonl", "json"), Map.entry("ndjson", "json"));

    private final List<FormatProvider> providers;

    FormatProviders(List<FormatProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    static FormatProviders discover() {
        List<FormatProvider> found = new ArrayList<>();
        ServiceLoader.load(FormatProvider.class, FormatProviders.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty()) {
            ServiceLoader.load(FormatProvider.class).forEach(found::add);
        }
        return new FormatProviders(found);
    }

    /**
     * The first format that accepts a format-specific source ({@code CsvSource}, {@code ParquetSource}...).
     *
     * @throws ConfigurationException NO_CONNECTOR naming the formats on the classpath and the artifact to add
     */
    FormatProvider forSource(Source source) {
        for (FormatProvider p : providers) {
            if (p.accepts(source)) {
                return p;
            }
        }
        String d = source.describe();
        String kind = d.contains(":") ? d.substring(0, d.indexOf(':')) : d;
        throw new ConfigurationException("NO_CONNECTOR", "no format reads " + d + "; formats on the classpath: " + names()
                + ". Add the dependency dev.kimball:kimball-connector-" + kind + " (or dev.kimball:kimball-all)");
    }

    /** The first format claiming this (lower-case) extension. */
    Optional<FormatProvider> forExtension(String extension) {
        return providers.stream().filter(p -> p.extensions().contains(extension)).findFirst();
    }

    /** Every extension some format on the classpath reads, sorted. */
    TreeSet<String> extensions() {
        TreeSet<String> all = new TreeSet<>();
        providers.forEach(p -> all.addAll(p.extensions()));
        return all;
    }

    /** The connector module that would read this extension, if KIMBALL has one. */
    static Optional<String> moduleFor(String extension) {
        return Optional.ofNullable(KNOWN.get(extension)).map(k -> "dev.kimball:kimball-connector-" + k);
    }

    List<String> names() {
        return providers.stream().map(FormatProvider::name).toList();
    }
}
