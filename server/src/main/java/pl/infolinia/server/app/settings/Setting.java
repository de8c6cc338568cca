package pl.infolinia.server.app.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * One configuration setting, known by one name in three spellings.
 *
 * <p>The key {@code infolinia.http.port} is also the environment variable
 * {@code INFOLINIA_HTTP_PORT} and the flag {@code --http-port}. The start-dev default applies only
 * to {@code start-dev}; {@code start} uses {@link #productionDefault()} and refuses to run
 * without a value where {@link #requiredByStart()} is set.
 */
public record Setting(
        String key,
        SettingType type,
        String devDefault,
        String productionDefault,
        boolean requiredByStart,
        boolean secret,
        String description) {

    private static final String PREFIX = "infolinia.";

    public Setting {
        if (!key.startsWith(PREFIX) || !key.matches("[a-z0-9.]+")) {
            throw new IllegalArgumentException("a setting key is infolinia. + lowercase words joined by dots: " + key);
        }
    }

    public String environmentVariable() {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    public String flag() {
        return "--" + key.substring(PREFIX.length()).replace('.', '-');
    }

    /** The three spellings, as error messages name them: {@code --db-url (INFOLINIA_DB_URL, infolinia.db.url)}. */
    public String spellings() {
        return flag() + " (" + environmentVariable() + ", " + key + ")";
    }

    public Optional<String> defaultFor(RunMode mode) {
        return Optional.ofNullable(mode == RunMode.DEV ? devDefault : productionDefault);
    }
}
