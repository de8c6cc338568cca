package pl.infolinia.server.prompt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.infolinia.server.office.OfficeCode;

/**
 * Offices' own prompt recordings as files: {@code {data.dir}/prompts/offices/{OFFICE}/{name}.wav},
 * the place the call handling looks first. Names must be shipped ones, checked by the caller.
 */
@Component
class OfficePrompts {

    private final Path root;

    OfficePrompts(@Value("${infolinia.data.dir:./data}") String dataDir) {
        this.root = Path.of(dataDir, "prompts", "offices");
    }

    Path file(OfficeCode office, String name) {
        return root.resolve(office.value()).resolve(name + ".wav");
    }

    Optional<Path> own(OfficeCode office, String name) {
        Path file = file(office, name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Stores the recording whole or not at all: a call never plays a half-written file. */
    void save(OfficeCode office, String name, byte[] wav) {
        Path target = file(office, name);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), name + "-", ".part");
            try {
                Files.write(partial, wav);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store prompt " + name + " of office " + office, e);
        }
    }

    /** Removes the office's recording, so that the shipped prompt plays again; false if there was none. */
    boolean remove(OfficeCode office, String name) {
        try {
            return Files.deleteIfExists(file(office, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove prompt " + name + " of office " + office, e);
        }
    }
}
