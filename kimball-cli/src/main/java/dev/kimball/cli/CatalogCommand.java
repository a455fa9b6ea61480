package dev.kimball.cli;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.cli.output.CatalogJson;
import dev.kimball.cli.output.CatalogText;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kimball catalog}: show and edit what discover stored (names, types), with history. */
@Command(name = "catalog", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Shows and edits the catalog written by 'kimball discover'. Edits keep the original names and are "
            + "kept when discover runs again; every version is in the history."},
        footer = {"", "Examples:", "  kimball catalog show", "  kimball catalog rename customers dim_customer",
            "  kimball catalog rename dim_customer e_mail email", "  kimball catalog type dim_customer signup DATE --format dd/MM/yyyy",
            "  kimball catalog history dim_customer signup"})
final class CatalogCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--warehouse", paramLabel = "URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = {"jdbc:duckdb:<file> or jdbc:clickhouse://host:8123/<prefix>",
                "Default: $KIMBALL_WAREHOUSE, else kimball.duckdb in the current directory."})
    String warehouse;

    @Command(name = "show", description = "Prints the catalog (no data is scanned).")
    int show(@Option(names = "--json", description = "One JSON object on stdout.") boolean json) {
        return with(session -> {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CatalogJson.toJson(session.catalog()).toPrettyString());
                out.flush();
            } else {
                CatalogText.print(out, session.catalog(), "");
            }
            return 0;
        });
    }

    @Command(name = "rename", description = {"Renames a table (TABLE NEW_NAME; its columns follow) or a column (TABLE COLUMN NEW_NAME).",
        "Tables and columns are found by current, bronze or source name."})
    int rename(@Parameters(arity = "2..3", paramLabel = "TABLE [COLUMN] NEW_NAME") List<String> args) {
        return with(session -> {
            CatalogTable t = session.catalog().table(args.get(0));
            PrintWriter out = spec.commandLine().getOut();
            if (args.size() == 2) {
                CatalogTable renamed = t.rename(args.get(1));
                out.println("table " + t.name() + " is now " + renamed.name() + " (bronze " + renamed.bronzeTable().name() + ")");
            } else {
                CatalogColumn c = t.column(args.get(1)).rename(args.get(2));
                out.println("column " + t.name() + "." + args.get(1) + " is now " + c.name() + " (bronze " + c.bronzeName() + ")");
            }
            out.flush();
            return 0;
        });
    }

    @Command(name = "type", description = {"Overrides a column's type (and format); the correction is also learned for similar columns.",
        "Types: " + "STRING, BOOLEAN, INTEGER, DECIMAL, FLOAT, DATE, TIMESTAMP, TIME."})
    int type(@Parameters(index = "0", paramLabel = "TABLE") String table,
             @Parameters(index = "1", paramLabel = "COLUMN") String column,
             @Parameters(index = "2", paramLabel = "TYPE") String typeName,
             @Option(names = "--format", paramLabel = "PATTERN", description = "Date/time pattern, e.g. dd/MM/yyyy (DATE, TIMESTAMP, TIME).") String pattern,
             @Option(names = "--true", paramLabel = "TOKEN", description = "BOOLEAN: the token for true (with --false).") String trueToken,
             @Option(names = "--false", paramLabel = "TOKEN", description = "BOOLEAN: the token for false.") String falseToken) {
        LogicalType type;
        try {
            type = LogicalType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown type '" + typeName + "'; use one of " + Arrays.toString(LogicalType.values()));
        }
        if ((trueToken == null) != (falseToken == null)) {
            throw new ParameterException(spec.commandLine(), "--true and --false go together");
        }
        TypeFormat format = pattern != null ? TypeFormat.temporal(pattern) : trueToken != null ? TypeFormat.bool(trueToken, falseToken) : null;
        return with(session -> {
            CatalogColumn c = session.catalog().table(table).column(column);
            CatalogColumn after = format == null ? c.overrideType(type) : c.overrideType(type, format);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s.%s is now %s%s: %d of %d values conform (validity %.3f)%n", table, after.name(), after.type().typeName(),
                    after.type().format().isNone() ? "" : " " + after.type().format().describe(), after.type().conforming(),
                    after.type().nonNull(), after.quality().validity());
            after.recommendations().forEach(r -> out.println("  ! " + r));
            out.flush();
            return 0;
        });
    }

    @Command(name = "history", description = "Prints every version of a table's or a column's entry, oldest first.")
    int history(@Parameters(arity = "1..2", paramLabel = "TABLE [COLUMN]") List<String> args,
                @Option(names = "--json", description = "A JSON array on stdout.") boolean json) {
        return with(session -> {
            CatalogTable t = session.catalog().table(args.get(0));
            var changes = args.size() == 1 ? t.history() : t.column(args.get(1)).history();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CatalogJson.history(changes).toPrettyString());
                out.flush();
            } else {
                CatalogText.history(out, changes);
            }
            return 0;
        });
    }

    private int with(Function<KimballSession, Integer> action) {
        try (KimballSession session = Kimball.connect(warehouse != null ? warehouse : Kimball.defaultWarehouseUrl())) {
            return action.apply(session);
        }
    }
}
