package dev.kimball.cli;

import dev.kimball.api.KimballSession;
import dev.kimball.api.NamedSource;
import dev.kimball.api.Source;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kimball source add NAME <uri-or-path> [options]}. */
@Command(name = "add", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = "Stores a new named source (fails if the name exists: use update). Relative paths are stored absolute.")
final class SourceAddCommand implements Callable<Integer> {
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
            NamedSource added = session.sources().add(definition.name, source, definition.description);
            spec.commandLine().getOut().println("added " + added.name() + "  " + added.describe());
        }
        return 0;
    }
}
