/**
 * The {@code kimball} command (picocli): {@link dev.kimball.cli.Main} wires {@link dev.kimball.cli.KimballCommand}
 * and its subcommands {@code load} and {@code demo}. Exit codes: 0 success, 1 failure (one line on stderr naming
 * the error code; the stack trace only with {@code --verbose}), 2 usage error. Commands talk to the engine only
 * through the public {@code dev.kimball.api}.
 */
package dev.kimball.cli;
