package pl.infolinia.server.app.settings;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The settings of one run, each with its value and origin. */
public record ResolvedSettings(RunMode mode, Map<Setting, SettingValue> values) {

    public ResolvedSettings {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(values.get(setting)).map(SettingValue::value);
    }

    public String require(Setting setting) {
        return get(setting).orElseThrow(() -> new IllegalStateException("no value for " + setting.key()));
    }

    public Collection<SettingValue> all() {
        return values.values();
    }

    /**
     * The properties Spring reads: every setting under its own key, plus the Spring names that a
     * few of them stand for (the port, the data source).
     */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        values.forEach((setting, value) -> properties.put(setting.key(), value.value()));
        properties.put("server.address", require(Settings.HTTP_HOST));
        properties.put("server.port", require(Settings.HTTP_PORT));
        properties.put("spring.datasource.url", require(Settings.DB_URL));
        properties.put("spring.datasource.username", require(Settings.DB_USER));
        properties.put("spring.datasource.password", require(Settings.DB_PASSWORD));
        properties.put("infolinia.run.mode", mode.name());
        return properties;
    }
}
