package dev.kimball.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Location;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.StorageProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider that cannot be loaded is skipped, and the error for what it would have read says why. */
class ServiceDiscoveryTest {
    @TempDir
    Path dir;

    private ClassLoader withBrokenProviders() throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(StorageProvider.class.getName()), "dev.kimball.missing.FtpStorageProvider\n");
        Files.writeString(services.resolve(FormatProvider.class.getName()), "dev.kimball.missing.OrcFormatProvider\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aBrokenStorageIsSkippedAndNamedWhenNothingElseReadsTheLocation() throws Exception {
        StorageProviders storages = StorageProviders.discover(withBrokenProviders());
        assertThat(storages.toString()).contains("s3").contains("local");
        Location ftp = () -> "ftp://host/x.csv";
        assertThatThrownBy(() -> storages.forLocation(ftp))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.code()).isEqualTo("NO_STORAGE"))
                .hasMessageContaining("dev.kimball.missing.FtpStorageProvider").hasMessageContaining("failed to load");
    }

    @Test
    void aBrokenFormatIsSkippedWhileTheOthersWork() throws Exception {
        FormatProviders formats = FormatProviders.discover(withBrokenProviders());
        assertThat(formats.names()).contains("csv");
        assertThat(formats.forExtension("csv")).isPresent();
        assertThat(formats.failureNote()).contains("dev.kimball.missing.OrcFormatProvider");
    }

    @Test
    void aCleanClasspathReportsNoFailures() {
        assertThat(FormatProviders.discover().failureNote()).isEmpty();
    }
}
