package pl.infolinia.server.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import pl.infolinia.server.app.settings.InvalidSettings;
import pl.infolinia.server.app.settings.ResolvedSettings;
import pl.infolinia.server.app.settings.RunMode;
import pl.infolinia.server.app.settings.SettingOrigin;
import pl.infolinia.server.app.settings.SettingSources;
import pl.infolinia.server.app.settings.SettingValue;
import pl.infolinia.server.app.settings.SettingsResolver;

/** Resolves the settings of a run mode and starts the Spring application with them. */
final class ServerLauncher {

    static final int INVALID_SETTINGS = 2;
    static final String CONFIG_FILE_VARIABLE = "INFOLINIA_CONFIG_FILE";

    private ServerLauncher() {
    }

    /** Starts the server; returns the application, or nothing after telling {@code err} why it cannot start. */
    static Optional<ConfigurableApplicationContext> start(RunMode mode, Map<String, String> flags,
            Map<String, String> environment, PrintWriter out, PrintWriter err) {
        ResolvedSettings settings;
        try {
            Path config = Path.of(environment.getOrDefault(CONFIG_FILE_VARIABLE,
                    SettingSources.DEFAULT_CONFIG.toString()));
            settings = SettingsResolver.resolve(mode, SettingSources.of(flags, environment, config));
        } catch (InvalidSettings e) {
            err.println("Infolinia cannot " + mode.command() + ":");
            e.problems().forEach(problem -> err.println("  " + problem));
            err.flush();
            return Optional.empty();
        }
        printRelaxations(settings, out);
        SpringApplication application = new SpringApplication(InfoliniaApplication.class);
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("infolinia settings", settings.springProperties())));
        return Optional.of(application.run());
    }

    /** start-dev's relaxations are printed, so nobody mistakes a development server for a production one. */
    private static void printRelaxations(ResolvedSettings settings, PrintWriter out) {
        if (settings.mode() != RunMode.DEV) {
            return;
        }
        out.println("Infolinia start-dev: development mode, not for production. Defaults in use:");
        for (SettingValue value : settings.all()) {
            if (value.origin() == SettingOrigin.DEFAULT) {
                out.println("  " + value.setting().flag() + " = " + value.shown());
            }
        }
        out.flush();
    }
}
