package pl.infolinia.contactcenter.switchboard;

import java.nio.file.Files;
import java.nio.file.Path;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.telephony.MediaUri;

/**
 * Prompts as an office's callers hear them: the office's own recording where it uploaded one
 * ({@code offices/<CODE>/<name>.wav}), otherwise the shipped prompt of that name.
 */
final class OfficePrompts {

    private final Path root;

    OfficePrompts(Path root) {
        this.root = root;
    }

    MediaUri media(OfficeCode office, String prompt) {
        MediaUri shipped = MediaUri.prompt(prompt);
        Path own = root.resolve("offices").resolve(office.value()).resolve(prompt + ".wav");
        return Files.isRegularFile(own) ? MediaUri.file(own) : shipped;
    }
}
