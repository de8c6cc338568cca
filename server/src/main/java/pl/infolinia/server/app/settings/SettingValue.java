package pl.infolinia.server.app.settings;

/** A setting's resolved value and where it came from. */
public record SettingValue(Setting setting, String value, SettingOrigin origin) {

    /** The value as start-up output may show it: secrets masked. */
    public String shown() {
        return setting.secret() && !value.isEmpty() ? "********" : value;
    }
}
