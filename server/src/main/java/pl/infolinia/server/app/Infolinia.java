package pl.infolinia.server.app;

import pl.infolinia.server.app.settings.RunMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code infolinia} command: runs the server in development or production mode, and the tools.
 *
 * <p>The {@code ./infolinia} script at the repository root builds the application when needed and
 * calls this class; {@code ./infolinia test} is handled by the script itself.
 */
@Command(name = "infolinia", mixinStandardHelpOptions = true, versionProvider = InfoliniaVersion.class,
        description = "Infolinia: contact-centre platform for public administration.",
        subcommands = {StartDevCommand.class, StartCommand.class, TestCommand.class},
        footer = {"", "Every setting has three spellings: the flag, the environment variable and the key in"
                + " conf/infolinia.properties, e.g. --http-port = INFOLINIA_HTTP_PORT = infolinia.http.port.",
                "Run './infolinia COMMAND --help' for a command's settings."})
public final class Infolinia implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Infolinia());
        // Spring Boot has already explained a failed start (port in use, database down): no stack trace again
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> {
            failed.getErr().println("Infolinia stopped: " + exception.getMessage());
            return 1;
        });
        SettingOptions.addTo(commandLine.getSubcommands().get(RunMode.DEV.command()));
        SettingOptions.addTo(commandLine.getSubcommands().get(RunMode.PRODUCTION.command()));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
