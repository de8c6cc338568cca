package pl.infolinia.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredPasswordWinsAndNothingIsWritten() {
        assertThat(DemoPassword.resolve(Optional.of("from-environment"), dataDir)).isEqualTo("from-environment");
        assertThat(dataDir.resolve(DemoPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void aGeneratedPasswordIsKeptForTheNextStart() {
        String first = DemoPassword.resolve(Optional.empty(), dataDir);
        String second = DemoPassword.resolve(Optional.of(""), dataDir);

        assertThat(first).hasSize(16).matches("[a-zA-Z2-9]+").doesNotContain("0", "O", "1", "l", "I");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void eachDataFolderGetsItsOwnPassword() {
        assertThat(DemoPassword.resolve(Optional.empty(), dataDir.resolve("a")))
                .isNotEqualTo(DemoPassword.resolve(Optional.empty(), dataDir.resolve("b")));
    }
}
