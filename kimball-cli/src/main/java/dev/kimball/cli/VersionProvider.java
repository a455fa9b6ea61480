package dev.kimball.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code kimball --version}: the build's version (filtered into a resource at build time) and the Java runtime. */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/dev/kimball/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"kimball " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown (no " + RESOURCE + " on the classpath)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
