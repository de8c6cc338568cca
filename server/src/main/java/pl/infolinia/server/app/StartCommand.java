package pl.infolinia.server.app;

import java.util.concurrent.Callable;
import pl.infolinia.server.app.settings.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code start}: production mode, which refuses to run without a named PostgreSQL database. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start in production mode. Needs a PostgreSQL database (--db-url, --db-user, --db-password).")
final class StartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return ServerLauncher.start(RunMode.PRODUCTION, SettingOptions.given(spec), System.getenv(),
                spec.commandLine().getOut(), spec.commandLine().getErr())
                .map(started -> 0).orElse(ServerLauncher.INVALID_SETTINGS);
    }
}
