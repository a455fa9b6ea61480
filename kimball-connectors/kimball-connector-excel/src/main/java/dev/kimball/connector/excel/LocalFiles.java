package dev.kimball.connector.excel;

import dev.kimball.spi.StoredFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises a {@link StoredFile} made by {@link StoredFile#local(Path)}, whose name is its absolute path: POI then
 * reads the file in place instead of a temporary copy. Any other storage (S3...) goes through its streams.
 */
final class LocalFiles {
    private static final Class<?> LOCAL = StoredFile.local(Path.of("/")).getClass();

    private LocalFiles() {
    }

    static Optional<Path> path(StoredFile file) {
        if (file.getClass() != LOCAL) {
            return Optional.empty();
        }
        Path p = Path.of(file.name());
        return p.isAbsolute() && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
