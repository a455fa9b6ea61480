package dev.kimball.cli;

import dev.kimball.api.KimballSession;
import dev.kimball.api.NamedSource;
import dev.kimball.api.Source;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kimball source update NAME <uri-or-path> [options]}: replaces the whole definition (a new version). */
@Command(name = "update", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Replaces the definition of an existing source with the one given (same arguments as add); the",
            "description is kept unless --description is given. Earlier versions stay in the history."})
final class SourceUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceDefinition definition;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        Source source = definition.toSource(spec.commandLine());
        try (KimballSession session = warehouse.open()) {
            NamedSource updated = definition.description == null ? session.sources().update(definition.name, source)
                    : session.sources().update(definition.name, source, definition.description);
            spec.commandLine().getOut().println("updated " + updated.name() + "  " + updated.describe());
        }
        return 0;
    }
}
