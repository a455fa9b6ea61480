package dev.kimball.core.source;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Source;
import dev.kimball.spi.FormatProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The file formats on the classpath, found with {@link java.util.ServiceLoader}. */
final class FormatProviders {
    /** Extensions of the formats KIMBALL ships, so a missing module can be named. */
    private static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("csv", "csv"), Map.entry("tsv", "csv"),
            Map.entry("txt", "csv"), Map.entry("psv", "csv"), Map.entry("tab", "csv"), Map.entry("dat", "csv"),
            Map.entry("xlsx", "excel"), Map.entry("xls", "excel"), Map.entry("parquet", "parquet"), Map.entry("json", "json"),
            Map.entry("jsonl", "json"), Map.entry("ndjson", "json"));

    private final List<FormatProvider> providers;
    private final List<String> failures;

    FormatProviders(List<FormatProvider> providers, List<String> failures) {
        this.providers = List.copyOf(providers);
        this.failures = List.copyOf(failures);
    }

    static FormatProviders discover() {
        return discover(FormatProviders.class.getClassLoader());
    }

    static FormatProviders discover(ClassLoader loader) {
        ServiceDiscovery<FormatProvider> d = ServiceDiscovery.load(FormatProvider.class, loader);
        return new FormatProviders(d.found(), d.failures());
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
                + ". Add the dependency dev.kimball:kimball-connector-" + kind + " (or dev.kimball:kimball-all)" + failureNote());
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

    /** Why some formats could not be loaded, as a message suffix; empty when all loaded. */
    String failureNote() {
        return failures.isEmpty() ? "" : "; formats that failed to load (a library missing?): " + failures;
    }

    List<String> names() {
        return providers.stream().map(FormatProvider::name).toList();
    }
}
