package pl.infolinia.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.OfficeKind;
import pl.infolinia.server.office.TransferDestination;

/**
 * The 34 offices of the demo, read from the demo knowledge base's {@code offices.yaml}, which the
 * knowledge module ships: one file for both.
 */
final class DemoOffices {

    static final String RESOURCE = "/demo/kb/offices.yaml";

    private DemoOffices() {
    }

    static List<Office> load() {
        try (InputStream in = DemoOffices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            Map<String, List<Map<String, String>>> document = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(in);
            return document.get("offices").stream().map(DemoOffices::office).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Office office(Map<String, String> entry) {
        OfficeKind kind = OfficeKind.fromPolishName(entry.get("kind")).orElseThrow(
                () -> new IllegalStateException("unknown office kind in " + RESOURCE + ": " + entry.get("kind")));
        return new Office(new OfficeCode(entry.get("code")), entry.get("name"), kind,
                Optional.ofNullable(entry.get("transfer_to")).map(TransferDestination::new));
    }
}
