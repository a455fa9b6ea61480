/**
 * How the command line shows results: {@link dev.kimball.cli.output.LoadReportText} for people,
 * {@link dev.kimball.cli.output.LoadReportJson} for scripts (one JSON object on stdout, nothing else), and
 * {@link dev.kimball.cli.output.TerminalProgressBar}, a single throttled stderr line drawn only on a terminal.
 */
package dev.kimball.cli.output;
