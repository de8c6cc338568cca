package pl.infolinia.telephony.sip;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import pl.infolinia.telephony.ChannelAnswered;
import pl.infolinia.telephony.ChannelHungUp;
import pl.infolinia.telephony.MediaUri;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.TelephonySettings;

/**
 * The engine under load for {@code bench/sip-bench.sh}, not a test: every call is answered,
 * recorded (stereo WAV) and played a 5 s tone until the caller hangs up. Prints once a second:
 * calls up, calls answered, media-clock p99 deviation from 20 ms, heap, threads, CPU.
 *
 * <p>Arguments: SIP port, recordings folder (or "none"), prompts folder.
 */
public final class SipBench {

    private SipBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path recordings = args[1].equals("none") ? null : Files.createDirectories(Path.of(args[1]));
        AtomicInteger up = new AtomicInteger();
        AtomicLong answered = new AtomicLong();
        AtomicLong recordedMillis = new AtomicLong();
        SipTelephony engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(port)
                .withRtpPorts(30000, 40000).withPrompts(Path.of(args[2])), (user, realm) -> Optional.empty());
        engine.subscribe(event -> {
            switch (event) {
                case ChannelAnswered a -> {
                    up.incrementAndGet();
                    answered.incrementAndGet();
                }
                case ChannelHungUp h -> up.decrementAndGet();
                default -> { }
            }
        });
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording recording = recordings == null ? null : caller.record(recordings.resolve(caller.id() + ".wav"));
            caller.play(MediaUri.prompt("tone-1khz-8k-s16"));
            caller.awaitHangup(Duration.ofMinutes(10));
            if (recording != null) {
                recordedMillis.addAndGet(recording.stop().toMillis());
            }
        });
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("bench engine on 127.0.0.1:" + port);
        while (true) {
            Thread.sleep(1000); // a sampling loop in a tool, not a test
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("up=%d answered=%d tick_p99_us=%d tick_p50_us=%d heap_mb=%d threads=%d cpu=%.0f%% recorded_s=%d%n",
                    up.get(), answered.get(), engine.mediaTickDeviationMicros(99), engine.mediaTickDeviationMicros(50),
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, Thread.activeCount(),
                    os.getProcessCpuLoad() * 100, recordedMillis.get() / 1000);
        }
    }
}
