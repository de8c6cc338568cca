package pl.infolinia.server.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What {@code start} insists on: a named PostgreSQL database, with user and password. */
final class ProductionRequirements {

    private ProductionRequirements() {
    }

    static List<String> check(Map<Setting, SettingValue> values) {
        List<String> problems = new ArrayList<>();
        for (Setting setting : Settings.all()) {
            if (setting.requiredByStart() && !values.containsKey(setting)) {
                problems.add(missing(setting));
            }
        }
        SettingValue url = values.get(Settings.DB_URL);
        if (url != null && !url.value().startsWith("jdbc:postgresql:")) {
            problems.add("start runs on PostgreSQL: " + Settings.DB_URL.spellings() + " is '" + url.value()
                    + "' (from the " + url.origin().label() + "); give a jdbc:postgresql:// URL, or use start-dev"
                    + " for the embedded H2 database.");
        }
        return problems;
    }

    private static String missing(Setting setting) {
        String what = setting == Settings.DB_URL ? "a database" : "the database " + lastWord(setting);
        return "start needs " + what + ": set " + setting.spellings() + " or use start-dev.";
    }

    private static String lastWord(Setting setting) {
        return setting.key().substring(setting.key().lastIndexOf('.') + 1);
    }
}
