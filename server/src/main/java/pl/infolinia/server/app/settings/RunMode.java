package pl.infolinia.server.app.settings;

/** How the server runs: {@code start-dev} with embedded defaults, or {@code start} for production. */
public enum RunMode {
    DEV("start-dev"),
    PRODUCTION("start");

    private final String command;

    RunMode(String command) {
        this.command = command;
    }

    public String command() {
        return command;
    }
}
