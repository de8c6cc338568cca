package pl.infolinia.server.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides each setting's value for a run mode: flag over environment over config file over default.
 *
 * <p>Every problem is collected before failing, so one start names them all, with the three
 * spellings of the setting and where the bad value came from.
 */
public final class SettingsResolver {

    private static final String DATA_DIR_PLACEHOLDER = "{data.dir}";

    private SettingsResolver() {
    }

    public static ResolvedSettings resolve(RunMode mode, SettingSources sources) {
        Map<Setting, SettingValue> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Setting setting : Settings.all()) {
            find(setting, mode, sources).ifPresent(value -> {
                if (value.value().isEmpty() || setting.type().accepts(value.value())) {
                    values.put(setting, value);
                } else {
                    problems.add("Invalid value '" + value.shown() + "' for " + setting.spellings() + " from the "
                            + describe(value.origin(), sources) + ": expected " + setting.type().expected() + ".");
                }
            });
        }
        if (mode == RunMode.PRODUCTION) {
            problems.addAll(ProductionRequirements.check(values));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        return new ResolvedSettings(mode, expandDataDir(values));
    }

    private static Optional<SettingValue> find(Setting setting, RunMode mode, SettingSources sources) {
        String flag = sources.flags().get(setting.key());
        if (flag != null) {
            return Optional.of(new SettingValue(setting, flag, SettingOrigin.FLAG));
        }
        String env = sources.environment().get(setting.environmentVariable());
        if (env != null) {
            return Optional.of(new SettingValue(setting, env, SettingOrigin.ENVIRONMENT));
        }
        String file = sources.configFile().getProperty(setting.key());
        if (file != null) {
            return Optional.of(new SettingValue(setting, file.trim(), SettingOrigin.CONFIG_FILE));
        }
        return setting.defaultFor(mode).map(value -> new SettingValue(setting, value, SettingOrigin.DEFAULT));
    }

    private static String describe(SettingOrigin origin, SettingSources sources) {
        return origin == SettingOrigin.CONFIG_FILE ? "config file " + sources.configPath() : origin.label();
    }

    private static Map<Setting, SettingValue> expandDataDir(Map<Setting, SettingValue> values) {
        String dataDir = Path.of(values.get(Settings.DATA_DIR).value()).toAbsolutePath().normalize().toString();
        Map<Setting, SettingValue> expanded = new LinkedHashMap<>();
        values.forEach((setting, value) -> expanded.put(setting, value.value().contains(DATA_DIR_PLACEHOLDER)
                ? new SettingValue(setting, value.value().replace(DATA_DIR_PLACEHOLDER, dataDir), value.origin())
                : value));
        return expanded;
    }
}
