package pl.infolinia.telephony.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real softphone (Debian package baresip) as an agent, run by the testkit's baresip-agent.sh:
 * it registers, answers every call, says the given WAV and records what it hears.
 */
public final class Baresip implements AutoCloseable {

    private final Path dir;

    private Baresip(Path dir) {
        this.dir = dir;
    }

    /** Starts baresip and returns once it has registered (the script waits for the 200). */
    public static Baresip register(Path dir, int enginePort, String user, String password, Path says)
            throws IOException, InterruptedException {
        Baresip agent = new Baresip(dir);
        String output = agent.script("start", "-r", "127.0.0.1:" + enginePort, "-u", user, "-p", password,
                "-l", Integer.toString(FreePorts.next()), "-c", Integer.toString(FreePorts.next()),
                "-m", "28800-28899", "-w", says.toString(), "-s", "20");
        if (!output.contains("registered")) {
            agent.close();
            throw new IllegalStateException("baresip did not register: " + output);
        }
        return agent;
    }

    /** What the softphone heard in its last call; valid after {@link #close()}. */
    public Path received() {
        return dir.resolve("received.wav");
    }

    private String script(String action, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash",
                Sipp.KIT.resolve("baresip/baresip-agent.sh").toString(), action, "-d", dir.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output;
    }

    /** Quits baresip (it unregisters) and copies the last call's audio to {@link #received()}. */
    @Override
    public void close() throws IOException, InterruptedException {
        script("stop");
    }
}
