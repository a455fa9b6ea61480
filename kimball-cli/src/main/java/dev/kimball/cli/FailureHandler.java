package dev.kimball.cli;

import dev.kimball.api.KimballException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into exit code 1 and one line on stderr: for a {@link KimballException} its message and
 * code, which already say what to fix. The stack trace is printed only with {@code --verbose}; people fixing a
 * path do not need one, people filing a bug do.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = verbose(parseResult);
        if (ex instanceof KimballException k) {
            err.println("kimball: error " + k.code() + ": " + k.getMessage());
        } else if (ex instanceof UncheckedIOException io) {
            err.println("kimball: error IO: " + io.getMessage());
        } else {
            err.println("kimball: unexpected " + ex.getClass().getName() + ": " + ex.getMessage()
                    + (verbose ? "" : " (run with --verbose for the stack trace)"));
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILURE;
    }

    /** {@code --verbose} can be given at any level ({@code kimball --verbose load ...} or {@code kimball load --verbose}). */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
