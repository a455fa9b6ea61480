package dev.kimball.api;

/** A source made of files in some storage, read by a file format. */
public interface FileSource extends Source {
    /** Where the files are. */
    Location location();
}
