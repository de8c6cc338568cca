package pl.infolinia.server.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import pl.infolinia.server.app.bench.BenchCommand;
import pl.infolinia.server.app.kb.KbCommand;
import pl.infolinia.server.app.recordings.RecordingsCommand;
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
        subcommands = {StartDevCommand.class, StartCommand.class, KbCommand.class, RecordingsCommand.class,
            BenchCommand.class, TestCommand.class},
        footer = {"", "Every setting has three spellings: the flag, the environment variable and the key in"
                + " conf/infolinia.properties, e.g. --http-port = INFOLINIA_HTTP_PORT = infolinia.http.port.",
                "Run './infolinia COMMAND --help' for a command's settings."})
public final class Infolinia implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    // held so that JUL keeps the setting: Lucene otherwise warns on every start that the incubating
    // vector module is not enabled, which changes no result
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** The whole command line, as {@code main} runs it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Infolinia());
        // Spring Boot has already explained a failed start (port in use, database down): no stack trace again
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> {
            failed.getErr().println("Infolinia stopped: " + exception.getMessage());
            return 1;
        });
        SettingOptions.addTo(commandLine.getSubcommands().get(RunMode.DEV.command()), RunMode.DEV);
        SettingOptions.addTo(commandLine.getSubcommands().get(RunMode.PRODUCTION.command()), RunMode.PRODUCTION);
        // kb import and export work on start-dev's database unless the flags or the environment name another
        SettingOptions.addTo(commandLine.getSubcommands().get("kb").getSubcommands().get("import"), RunMode.DEV);
        SettingOptions.addTo(commandLine.getSubcommands().get("recordings").getSubcommands().get("verify"), RunMode.DEV);
        SettingOptions.addTo(commandLine.getSubcommands().get("kb").getSubcommands().get("export"), RunMode.DEV);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
