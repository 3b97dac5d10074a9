package io.partnerportal.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * S3: the embedded database's directory, files and backups are readable by their owner alone -
 * {@code 0700} for the directory, {@code 0600} for files - created so, or made so when they already
 * exist. On a file system without POSIX permissions nothing is changed.
 */
final class OwnerOnly {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and its missing parents) {@code 0700}, or makes it {@code 0700}. */
    static void directory(Path dir) {
        try {
            if (!POSIX) {
                Files.createDirectories(dir);
                return;
            }
            if (Files.isDirectory(dir)) {
                Files.setPosixFilePermissions(dir, DIRECTORY);
            } else {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The data directory " + dir + " cannot be made its owner's alone: "
                    + e.getMessage(), e);
        }
    }

    /** Makes {@code file} {@code 0600} when it exists. */
    static void file(Path file) {
        if (!POSIX || !Files.isRegularFile(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file + " cannot be made its owner's alone: "
                    + e.getMessage(), e);
        }
    }

    /** Creates {@code file}, which must not exist, {@code 0600}. */
    static void newFile(Path file) throws IOException {
        FileAttribute<?>[] attributes = POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
    }
}
