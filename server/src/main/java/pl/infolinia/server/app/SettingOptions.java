package pl.infolinia.server.app;

import java.util.LinkedHashMap;
import java.util.Map;
import pl.infolinia.server.app.settings.RunMode;
import pl.infolinia.server.app.settings.Setting;
import pl.infolinia.server.app.settings.SettingType;
import pl.infolinia.server.app.settings.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Turns the declared settings into a run command's flags, and the flags given back into values by key. */
public final class SettingOptions {

    private SettingOptions() {
    }

    /** Adds a flag per setting, its help showing the defaults of {@code mode}. */
    static void addTo(CommandLine command, RunMode mode) {
        for (Setting setting : Settings.all()) {
            OptionSpec.Builder option = OptionSpec.builder(setting.flag())
                    .paramLabel("<" + setting.type().name().toLowerCase() + ">")
                    .type(String.class)
                    .description(describe(setting, mode));
            if (setting.type() == SettingType.BOOLEAN) {
                option.arity("0..1").fallbackValue("true"); // --demo-traffic alone means true
            }
            command.getCommandSpec().addOption(option.build());
        }
    }

    public static Map<String, String> given(CommandLine.Model.CommandSpec spec) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (Setting setting : Settings.all()) {
            String value = spec.findOption(setting.flag()).getValue();
            if (value != null) {
                flags.put(setting.key(), value);
            }
        }
        return flags;
    }

    private static String describe(Setting setting, RunMode mode) {
        StringBuilder text = new StringBuilder(setting.description());
        text.append(" Env ").append(setting.environmentVariable()).append(", key ").append(setting.key()).append('.');
        if (mode == RunMode.PRODUCTION && setting.requiredByStart()) {
            text.append(" Required.");
        } else {
            setting.defaultFor(mode).filter(value -> !value.isEmpty() && !setting.secret())
                    .ifPresent(value -> text.append(" Default: ").append(value).append('.'));
        }
        return text.toString();
    }
}
