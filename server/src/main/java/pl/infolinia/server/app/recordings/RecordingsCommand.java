package pl.infolinia.server.app.recordings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code infolinia recordings}: tools for the call recording archive. */
@Command(name = "recordings", mixinStandardHelpOptions = true, description = "Call recording archive tools: verify.",
        subcommands = RecordingsVerifyCommand.class)
public final class RecordingsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
