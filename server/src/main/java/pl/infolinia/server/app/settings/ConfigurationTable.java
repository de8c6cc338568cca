package pl.infolinia.server.app.settings;

import java.util.List;
import java.util.stream.Collectors;

/** The Markdown table of every setting, as the README and {@code docs/configuration.md} show it. */
public final class ConfigurationTable {

    private ConfigurationTable() {
    }

    public static String markdown() {
        String rows = Settings.all().stream().map(ConfigurationTable::row).collect(Collectors.joining("\n"));
        return String.join("\n", List.of(
                "| key in `conf/infolinia.properties` | environment | flag | start-dev default | `start` | meaning |",
                "|---|---|---|---|---|---|",
                rows));
    }

    private static String row(Setting setting) {
        return "| `" + setting.key() + "` | `" + setting.environmentVariable() + "` | `" + setting.flag() + "` | "
                + shown(setting.devDefault(), setting) + " | " + production(setting) + " | " + setting.description()
                + " |";
    }

    private static String production(Setting setting) {
        if (setting.requiredByStart()) {
            return "required";
        }
        return setting.productionDefault() == null ? "—" : shown(setting.productionDefault(), setting);
    }

    private static String shown(String value, Setting setting) {
        if (value == null) {
            return "—";
        }
        if (setting.secret() || value.isEmpty()) {
            return value.isEmpty() ? "(empty)" : "(secret)";
        }
        return "`" + value + "`";
    }
}
