package pl.infolinia.server.app;

import java.util.concurrent.Callable;
import pl.infolinia.server.app.settings.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code start-dev}: everything on one machine with embedded defaults and the demo. */
@Command(name = "start-dev", mixinStandardHelpOptions = true,
        description = "Start in development mode: embedded H2 database and files under ./data, the 34 demo"
                + " offices and demo users. Not for production.")
final class StartDevCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return ServerLauncher.start(RunMode.DEV, SettingOptions.given(spec), System.getenv(),
                spec.commandLine().getOut(), spec.commandLine().getErr())
                .map(started -> 0).orElse(ServerLauncher.INVALID_SETTINGS);
    }
}
