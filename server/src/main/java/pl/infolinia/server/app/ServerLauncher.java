package pl.infolinia.server.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
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
public final class ServerLauncher {

    static final int INVALID_SETTINGS = 2;
    static final String CONFIG_FILE_VARIABLE = "INFOLINIA_CONFIG_FILE";

    private ServerLauncher() {
    }

    /** Starts the server; returns the application, or nothing after telling {@code err} why it cannot start. */
    static Optional<ConfigurableApplicationContext> start(RunMode mode, Map<String, String> flags,
            Map<String, String> environment, PrintWriter out, PrintWriter err) {
        return resolve(mode, flags, environment, err).map(settings -> {
            printRelaxations(settings, out);
            return application(settings, WebApplicationType.SERVLET, Map.of()).run();
        });
    }

    /**
     * Starts the application without its web server and without the demo, for a command-line tool
     * that works on the configured database (such as {@code kb import}).
     */
    public static Optional<ConfigurableApplicationContext> startTool(RunMode mode, Map<String, String> flags,
            Map<String, String> environment, PrintWriter err) {
        return resolve(mode, flags, environment, err).map(settings -> application(settings, WebApplicationType.NONE,
                Map.of("infolinia.demo", "false", "spring.main.banner-mode", "off")).run());
    }

    private static Optional<ResolvedSettings> resolve(RunMode mode, Map<String, String> flags,
            Map<String, String> environment, PrintWriter err) {
        try {
            Path config = Path.of(environment.getOrDefault(CONFIG_FILE_VARIABLE,
                    SettingSources.DEFAULT_CONFIG.toString()));
            return Optional.of(SettingsResolver.resolve(mode, SettingSources.of(flags, environment, config)));
        } catch (InvalidSettings e) {
            err.println("Infolinia cannot " + mode.command() + ":");
            e.problems().forEach(problem -> err.println("  " + problem));
            err.flush();
            return Optional.empty();
        }
    }

    private static SpringApplication application(ResolvedSettings settings, WebApplicationType type,
            Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(settings.springProperties());
        properties.putAll(overrides);
        SpringApplication application = new SpringApplication(InfoliniaApplication.class);
        application.setWebApplicationType(type);
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("infolinia settings", properties)));
        return application;
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
