package pl.infolinia.server.app.settings;

/** Where a setting's value came from, in the order that wins: flag, environment, config file, default. */
public enum SettingOrigin {
    FLAG("command-line flag"),
    ENVIRONMENT("environment variable"),
    CONFIG_FILE("config file"),
    DEFAULT("default");

    private final String label;

    SettingOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
