package dev.kimball.core.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kimball.api.ConfigurationException;
import dev.kimball.api.CsvSource;
import dev.kimball.api.ExcelSource;
import dev.kimball.api.FileSource;
import dev.kimball.api.FilesSource;
import dev.kimball.api.JsonSource;
import dev.kimball.api.KimballException;
import dev.kimball.api.LocalLocation;
import dev.kimball.api.Location;
import dev.kimball.api.ParquetSource;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.api.WarehouseException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source as stored JSON text and back, for every built-in kind. One flat object per source with the location as a
 * nested object, e.g. <pre>{@code
 * {"spec":1,"kind":"csv","location":{"storage":"s3","bucket":"raw","prefix":"sales/","endpoint":"http://minio:9000",
 *  "access_key":"env:AK","secret_key":"file:/run/secrets/sk"},"delimiter":";","header":true}
 * }</pre>
 * Secrets are written as their references ({@code env:NAME}, {@code file:/path}); a literal secret is refused. Unset
 * options are left out, so a decoded source equals the encoded one. Reading refuses keys it does not know (a spec
 * written by a newer KIMBALL is reported, not half-read).
 */
final class SourceSpecs {
    static final int SPEC_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> KINDS = Set.of("csv", "excel", "parquet", "json", "files", "postgres");

    private SourceSpecs() {
    }

    /** A stored definition: its kind and JSON text. */
    record Spec(String kind, String json) {
    }

    /**
     * @param name the registry name, for messages
     * @throws ConfigurationException SECRET_LITERAL for an in-memory secret; SOURCE_NOT_STORABLE for a source or location
     *                                type other than the built-in ones
     */
    static Spec encode(String name, Source source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spec", SPEC_VERSION);
        String kind = kind(name, source);
        m.put("kind", kind);
        if (source instanceof PostgresSource pg) {
            m.put("url", pg.url());
            pg.user().ifPresent(u -> m.put("user", u));
            pg.password().ifPresent(p -> m.put("password", reference(name, "password", p)));
            m.put("schema", pg.schema());
            if (!pg.tables().isEmpty()) {
                m.put("tables", pg.tables());
            }
            pg.cursorColumn().ifPresent(c -> m.put("cursor_column", c));
        } else {
            FileSource fs = (FileSource) source;
            m.put("location", location(name, fs.location()));
            if (source instanceof CsvSource csv) {
                csv.delimiter().ifPresent(c -> m.put("delimiter", String.valueOf(c)));
                csv.quote().ifPresent(c -> m.put("quote", String.valueOf(c)));
                csv.escape().ifPresent(c -> m.put("escape", String.valueOf(c)));
                csv.header().ifPresent(h -> m.put("header", h));
                csv.encoding().ifPresent(e -> m.put("encoding", e.name()));
                csv.skipLines().ifPresent(n -> m.put("skip_lines", n));
            } else if (source instanceof ExcelSource xl) {
                xl.sheet().ifPresent(s -> m.put("sheet", s));
                xl.headerRow().ifPresent(r -> m.put("header_row", r));
                m.put("values", xl.values().name());
            } else if (source instanceof JsonSource js) {
                m.put("separator", js.separator());
            }
        }
        return new Spec(kind, write(m));
    }

    private static String kind(String name, Source source) {
        if (source instanceof PostgresSource) {
            return "postgres";
        }
        if (source instanceof CsvSource) {
            return "csv";
        }
        if (source instanceof ExcelSource) {
            return "excel";
        }
        if (source instanceof ParquetSource) {
            return "parquet";
        }
        if (source instanceof JsonSource) {
            return "json";
        }
        if (source instanceof FilesSource) {
            return "files";
        }
        throw new ConfigurationException("SOURCE_NOT_STORABLE", "source '" + name + "' (" + source.getClass().getName() + ", "
                + source.describe() + ") cannot be stored: the registry stores the built-in kinds " + kindList()
                + "; pass a connector's own source to acquire(..) directly");
    }

    private static Map<String, Object> location(String name, Location location) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (location instanceof LocalLocation local) {
            m.put("storage", "local");
            m.put("path", local.pathOrGlob());
        } else if (location instanceof S3Location s3) {
            m.put("storage", "s3");
            m.put("bucket", s3.bucket());
            m.put("prefix", s3.prefix());
            s3.endpoint().ifPresent(e -> m.put("endpoint", e.toString()));
            s3.region().ifPresent(r -> m.put("region", r));
            s3.pathStyle().ifPresent(p -> m.put("path_style", p));
            s3.accessKeyId().ifPresent(k -> m.put("access_key", reference(name, "S3 access key", k)));
            s3.secretAccessKey().ifPresent(k -> m.put("secret_key", reference(name, "S3 secret key", k)));
        } else {
            throw new ConfigurationException("SOURCE_NOT_STORABLE", "the location of source '" + name + "' ("
                    + location.getClass().getName() + ", " + location.describe()
                    + ") cannot be stored: the registry stores local paths and s3:// locations");
        }
        return m;
    }

    private static String reference(String name, String what, Secret secret) {
        return secret.reference().orElseThrow(() -> new ConfigurationException("SECRET_LITERAL", "the " + what + " of source '"
                + name + "' is a literal value (Secret.of), which is never stored; give a reference instead: "
                + "Secret.env(\"NAME\") or Secret.file(path), on the command line env:NAME or file:/path"));
    }

    /**
     * @param name the registry name, for messages
     * @throws WarehouseException SOURCE_SPEC_INVALID when the text is not a definition this version can read, naming
     *                            the source and what is wrong (never a secret: a spec holds none)
     */
    static Source decode(String name, String json) {
        try {
            Map<String, Object> m = read(json);
            Fields f = new Fields(name, m);
            long version = f.integer("spec", true);
            if (version != SPEC_VERSION) {
                throw f.invalid("it has spec version " + version + ", this KIMBALL reads version " + SPEC_VERSION
                        + " (written by a newer KIMBALL?)");
            }
            String kind = f.string("kind", true);
            Source s = switch (kind) {
                case "postgres" -> postgres(f);
                case "csv" -> csv(f, location(f));
                case "excel" -> excel(f, location(f));
                case "parquet" -> Sources.parquet(location(f));
                case "json" -> Sources.json(location(f)).separator(f.string("separator", true));
                case "files" -> Sources.files(location(f));
                default -> throw f.invalid("unknown kind '" + kind + "' (known: " + kindList() + ")");
            };
            f.requireAllUsed();
            return s;
        } catch (WarehouseException e) {
            throw e;
        } catch (KimballException | IllegalArgumentException | ClassCastException e) {
            throw new WarehouseException("SOURCE_SPEC_INVALID", "the stored definition of source '" + name + "' is invalid: "
                    + e.getMessage() + "; fix it with 'update' (kimball source update " + name + " ...)", e);
        }
    }

    private static PostgresSource postgres(Fields f) {
        PostgresSource pg = Sources.postgres(f.string("url", true)).schema(f.string("schema", true));
        String user = f.string("user", false);
        if (user != null) {
            pg = pg.user(user);
        }
        String password = f.string("password", false);
        if (password != null) {
            pg = pg.password(Secret.reference(password));
        }
        List<String> tables = f.strings("tables");
        if (!tables.isEmpty()) {
            pg = pg.tables(tables.toArray(new String[0]));
        }
        String cursor = f.string("cursor_column", false);
        return cursor == null ? pg : pg.cursorColumn(cursor);
    }

    private static CsvSource csv(Fields f, Location location) {
        CsvSource csv = Sources.csv(location);
        Character c = f.character("delimiter");
        csv = c == null ? csv : csv.delimiter(c);
        c = f.character("quote");
        csv = c == null ? csv : csv.quote(c);
        c = f.character("escape");
        csv = c == null ? csv : csv.escape(c);
        Boolean header = f.bool("header");
        csv = header == null ? csv : csv.header(header);
        String encoding = f.string("encoding", false);
        csv = encoding == null ? csv : csv.encoding(Charset.forName(encoding));
        Long skip = f.integer("skip_lines", false);
        return skip == null ? csv : csv.skipLines(Math.toIntExact(skip));
    }

    private static ExcelSource excel(Fields f, Location location) {
        ExcelSource xl = Sources.excel(location).values(ExcelSource.CellValues.valueOf(f.string("values", true)));
        String sheet = f.string("sheet", false);
        xl = sheet == null ? xl : xl.sheet(sheet);
        Long row = f.integer("header_row", false);
        return row == null ? xl : xl.headerRow(Math.toIntExact(row));
    }

    private static Location location(Fields parent) {
        Fields f = parent.object("location");
        String storage = f.string("storage", true);
        Location location = switch (storage) {
            case "local" -> new LocalLocation(f.string("path", true));
            case "s3" -> s3(f);
            default -> throw f.invalid("unknown storage '" + storage + "' (known: local, s3)");
        };
        f.requireAllUsed();
        return location;
    }

    private static S3Location s3(Fields f) {
        S3Location s3 = Sources.s3(f.string("bucket", true), f.string("prefix", true));
        String endpoint = f.string("endpoint", false);
        s3 = endpoint == null ? s3 : s3.endpoint(URI.create(endpoint));
        String region = f.string("region", false);
        s3 = region == null ? s3 : s3.region(region);
        Boolean pathStyle = f.bool("path_style");
        s3 = pathStyle == null ? s3 : s3.pathStyle(pathStyle);
        String access = f.string("access_key", false);
        String secret = f.string("secret_key", false);
        if ((access == null) != (secret == null)) {
            throw f.invalid("it has " + (access == null ? "secret_key without access_key" : "access_key without secret_key"));
        }
        return access == null ? s3 : s3.credentials(Secret.reference(access), Secret.reference(secret));
    }

    private static String kindList() {
        return "csv, excel, parquet, json, files (local paths or s3://) and postgres";
    }

    static boolean isKind(String kind) {
        return KINDS.contains(kind);
    }

    private static String write(Map<String, Object> m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeValue(g, m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else {
            g.writeString((String) v);
        }
    }

    private static Map<String, Object> read(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("it is not a JSON object");
            }
            Map<String, Object> m = readObject(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("it has text after the JSON object");
            }
            return m;
        } catch (IOException e) {
            throw new IllegalArgumentException("it is not valid JSON (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + ")", e);
        }
    }

    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (m.put(key, readValue(p, p.nextToken())) != null) {
                throw new IllegalArgumentException("key '" + key + "' appears twice");
            }
        }
        return m;
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> readObject(p);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(readValue(p, e));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("unexpected " + t + " for key '" + p.currentName() + "'");
        };
    }

    /** The keys of one JSON object, typed, remembering which were read so that unknown keys can be reported. */
    private static final class Fields {
        private final String name;
        private final Map<String, Object> values;
        private final Set<String> used = new java.util.HashSet<>();

        Fields(String name, Map<String, Object> values) {
            this.name = name;
            this.values = values;
        }

        private Object get(String key, boolean required, Class<?> type, String typeName) {
            used.add(key);
            Object v = values.get(key);
            if (v == null) {
                if (required) {
                    throw invalid("it has no '" + key + "'");
                }
                return null;
            }
            if (!type.isInstance(v)) {
                throw invalid("'" + key + "' is not " + typeName);
            }
            return v;
        }

        String string(String key, boolean required) {
            return (String) get(key, required, String.class, "a string");
        }

        Long integer(String key, boolean required) {
            return (Long) get(key, required, Long.class, "an integer");
        }

        Boolean bool(String key) {
            return (Boolean) get(key, false, Boolean.class, "true or false");
        }

        Character character(String key) {
            String s = string(key, false);
            if (s != null && s.length() != 1) {
                throw invalid("'" + key + "' is not one character");
            }
            return s == null ? null : s.charAt(0);
        }

        List<String> strings(String key) {
            List<?> list = (List<?>) get(key, false, List.class, "a list");
            if (list == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw invalid("'" + key + "' holds a value that is not a string");
                }
                out.add(s);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        Fields object(String key) {
            return new Fields(name, (Map<String, Object>) get(key, true, Map.class, "an object"));
        }

        void requireAllUsed() {
            List<String> unknown = values.keySet().stream().filter(k -> !used.contains(k)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw invalid("unknown keys " + unknown + " (written by a newer KIMBALL?)");
            }
        }

        WarehouseException invalid(String why) {
            return new WarehouseException("SOURCE_SPEC_INVALID", "the stored definition of source '" + name + "' cannot be read: "
                    + why + "; fix it with 'update' (kimball source update " + name + " ...)");
        }
    }
}
