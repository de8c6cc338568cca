package pl.infolinia.telephony.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real softphone (Debian package baresip) as an agent, run by the testkit's baresip-agent.sh:
 * it registers, answers every call, says the given WAV and records what it hears.
 */
public final class Baresip implements AutoCloseable {

    // baresip's verbose log notes the first packet of each RFC 4733 event it receives
    private static final Pattern RECEIVED_KEY = Pattern.compile("received event: '(.)' \\(end=0\\)");

    private final Path dir;
    private final int sipPort;

    private Baresip(Path dir, int sipPort) {
        this.dir = dir;
        this.sipPort = sipPort;
    }

    /** Starts baresip and returns once it has registered (the script waits for the 200). */
    public static Baresip register(Path dir, int enginePort, String user, String password, Path says)
            throws IOException, InterruptedException {
        return start(dir, enginePort, user, password, List.of("-w", says.toString(), "-s", "20"));
    }

    /**
     * A softphone that answers calls sent straight to it (an office's line, say) with the kit's
     * Polish sentence and logs the keys it receives ({@link #keysReceived()}); it registers too,
     * as the script always does.
     */
    public static Baresip answering(Path dir, int enginePort, String user, String password)
            throws IOException, InterruptedException {
        return start(dir, enginePort, user, password, List.of("-s", "60", "-v"));
    }

    private static Baresip start(Path dir, int enginePort, String user, String password, List<String> options)
            throws IOException, InterruptedException {
        Baresip agent = new Baresip(dir, FreePorts.next());
        List<String> arguments = new ArrayList<>(List.of("-r", "127.0.0.1:" + enginePort, "-u", user, "-p", password,
                "-l", Integer.toString(agent.sipPort), "-c", Integer.toString(FreePorts.next()), "-m", "28800-28899"));
        arguments.addAll(options);
        String output = agent.script("start", arguments.toArray(String[]::new));
        if (!output.contains("registered")) {
            agent.close();
            throw new IllegalStateException("baresip did not register: " + output);
        }
        return agent;
    }

    /** The SIP port it listens on (127.0.0.1). */
    public int sipPort() {
        return sipPort;
    }

    /** The RFC 4733 keys it has received so far, in order (needs {@link #answering}'s verbose log). */
    public String keysReceived() throws IOException {
        Matcher found = RECEIVED_KEY.matcher(Files.readString(dir.resolve("baresip.log")));
        StringBuilder keys = new StringBuilder();
        while (found.find()) {
            keys.append(found.group(1));
        }
        return keys.toString();
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
