package dev.kimball.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of {@code kimball.jar}. */
public final class Main {
    private static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private Main() {
    }

    public static void main(String[] args) {
        // slf4j-simple reads its level once, when the first logger is made: decide before anything logs
        if (Arrays.asList(args).contains("--verbose") && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command, also used by tests to run it in-process with captured output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KimballCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        return cl;
    }
}
