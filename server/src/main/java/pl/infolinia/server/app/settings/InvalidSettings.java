package pl.infolinia.server.app.settings;

import java.util.List;

/** Settings that cannot start the server; each problem says how to fix it. */
public class InvalidSettings extends RuntimeException {

    private final List<String> problems;

    public InvalidSettings(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
