package pl.infolinia.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The demo users' password: {@code INFOLINIA_DEMO_PASSWORD} when set, else one generated at the
 * first start and kept in the data folder, so that later starts print the same one.
 */
final class DemoPassword {

    static final String FILE_NAME = "demo-password.txt";
    // no 0/O or 1/l/I, so that a password read off a terminal is typed right
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private DemoPassword() {
    }

    static String resolve(Optional<String> configured, Path dataDir) {
        if (configured.filter(password -> !password.isEmpty()).isPresent()) {
            return configured.get();
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            String generated = generate();
            Files.createDirectories(dataDir);
            Files.writeString(file, generated + System.lineSeparator());
            restrictToOwner(file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo password in " + file, e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (Windows): the data folder's own rights apply
        }
    }
}
