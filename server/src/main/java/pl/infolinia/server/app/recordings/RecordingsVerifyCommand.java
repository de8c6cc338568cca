package pl.infolinia.server.app.recordings;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import pl.infolinia.recording.integrity.IntegrityCheck;
import pl.infolinia.recording.integrity.IntegrityReport;
import pl.infolinia.server.app.ServerLauncher;
import pl.infolinia.server.app.SettingOptions;
import pl.infolinia.server.app.settings.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code infolinia recordings verify}: hashes every kept recording in the configured store again
 * and checks the hash chain; prints each file that was altered or removed and each broken link,
 * and exits with {@link #FOUND_PROBLEMS} if there is any.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check every archived recording against the integrity hash chain; name each file that was"
                + " altered or removed. Stop a start-dev server first: its H2 database takes one process at a time.")
final class RecordingsVerifyCommand implements Callable<Integer> {

    static final int FOUND_PROBLEMS = 2;
    static final int CANNOT_START = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext app = ServerLauncher.startTool(RunMode.DEV, SettingOptions.given(spec),
                System.getenv(), spec.commandLine().getErr()).orElse(null)) {
            if (app == null) {
                return CANNOT_START;
            }
            IntegrityReport report = app.getBean(IntegrityCheck.class).run();
            out.println("Checked " + report.recordingsChecked() + " recording(s) against " + report.chainEntries()
                    + " chain entries.");
            report.findings().forEach(finding -> out.println("  " + finding));
            out.println(report.intact() ? "Intact: every recording matches its chained hash."
                    : report.findings().size() + " problem(s) found.");
            out.flush();
            return report.intact() ? 0 : FOUND_PROBLEMS;
        }
    }
}
