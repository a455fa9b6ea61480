package dev.kimball.cli;

import dev.kimball.api.KimballSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kimball source remove NAME}: a soft delete; the history keeps every version. */
@Command(name = "remove", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = "Removes a named source (its history is kept; bronze tables it loaded are not touched).")
final class SourceRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        try (KimballSession session = warehouse.open()) {
            session.sources().remove(name);
        }
        spec.commandLine().getOut().println("removed " + name);
        return 0;
    }
}
