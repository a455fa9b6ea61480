package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract that needs no warehouse: help, version, usage errors (2), early failures (1). */
class KimballCommandTest {
    @TempDir
    Path tmp;

    @Test
    void versionNamesTheBuild() {
        TestingCli.Result r = TestingCli.run("--version");
        assertThat(r.exitCode()).isZero();
        // the version comes from the pom through a filtered resource: a literal ${project.version} means filtering broke
        assertThat(r.out()).containsPattern("^kimball \\d+\\.\\d+\\.\\d+").doesNotContain("${", "unknown").contains("Java ");
    }

    @Test
    void helpListsTheSubcommands() {
        TestingCli.Result r = TestingCli.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("load", "demo", "Exit codes");
        TestingCli.Result load = TestingCli.run("load", "--help");
        assertThat(load.exitCode()).isZero();
        assertThat(load.out()).contains("--warehouse", "--table", "--json", "--batch-size", "--append", "<source>");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertUsageError(TestingCli.run(), "missing command");
        assertUsageError(TestingCli.run("load"), "<source>");
        assertUsageError(TestingCli.run("load", "--no-such-option", "x.csv"), "--no-such-option");
        assertUsageError(TestingCli.run("load", "--batch-size", "many", "x.csv"), "many");
        assertUsageError(TestingCli.run("load", "--batch-size", "0", "x.csv"), "--batch-size must be at least 1");
        assertUsageError(TestingCli.run("demo", "--seed", "x"), "--seed");
        assertUsageError(TestingCli.run("lod", "x.csv"), "lod");
    }

    @Test
    void missingFileFailsWithOneLineNamingThePathAndCreatesNoWarehouse() {
        Path warehouse = tmp.resolve("w.duckdb");
        String missing = tmp.resolve("nope/sales.csv").toString();
        TestingCli.Result r = TestingCli.run("load", missing, "--warehouse", "jdbc:duckdb:" + warehouse);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("kimball: error SOURCE_NOT_FOUND: ").contains(missing);
        assertThat(warehouse).doesNotExist();
    }

    @Test
    void verbosePrintsTheStackTraceAtAnyLevel() {
        String missing = tmp.resolve("missing.csv").toString();
        for (String[] args : new String[][] {{"--verbose", "load", missing}, {"load", "--verbose", missing}}) {
            TestingCli.Result r = TestingCli.run(args);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("SOURCE_NOT_FOUND", missing, "\tat dev.kimball.cli.SourceArguments.resolve");
        }
    }

    private static void assertUsageError(TestingCli.Result r, String mentioned) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(mentioned).contains("--help' for more information");
    }
}
