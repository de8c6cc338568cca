package pl.infolinia.server.app.kb;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code infolinia kb}: tools for the knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge-base tools: import, export, eval.",
        subcommands = {KbImportCommand.class, KbExportCommand.class, KbEvalCommand.class})
public final class KbCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
