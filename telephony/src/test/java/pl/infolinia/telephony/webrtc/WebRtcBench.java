package pl.infolinia.telephony.webrtc;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.sip.SipTelephony;

/**
 * The engine with browser phones under load, for {@code bench/webrtc-bench.sh}, not a test:
 * PHONES simulated browser phones register (bench1…benchN); every SIPp call is answered,
 * recorded, and bridged to the next browser phone over ICE-lite + DTLS-SRTP. Prints once a
 * second: browser legs up, SRTP packets the browsers received, media-clock p99 deviation from
 * 20 ms, heap, threads, process CPU (engine and simulated browsers together).
 *
 * <p>Arguments: SIP port, number of browser phones, recordings folder (or "none").
 */
public final class WebRtcBench {

    private WebRtcBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int phones = Integer.parseInt(args[1]);
        Path recordings = args[2].equals("none") ? null : Files.createDirectories(Path.of(args[2]));
        AtomicLong received = new AtomicLong();
        AtomicInteger up = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        SipTelephony engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(port)
                .withRtpPorts(30000, 40000), (user, realm) -> Optional.empty());
        for (int i = 1; i <= phones; i++) {
            engine.registerBrowserPhone("bench" + i, new SimulatedBrowserPhone(received));
        }
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording recording = recordings == null ? null : caller.record(recordings.resolve(caller.id() + ".wav"));
            Channel browser = engine.dial("bench" + (1 + next.getAndIncrement() % phones), caller.caller(),
                    Duration.ofSeconds(10));
            up.incrementAndGet();
            Bridge bridge = engine.createBridge();
            bridge.add(caller);
            bridge.add(browser);
            caller.awaitHangup(Duration.ofMinutes(10));
            browser.hangup();
            bridge.destroy();
            up.decrementAndGet();
            if (recording != null) {
                recording.stop();
            }
        });
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("bench engine on 127.0.0.1:" + port + " with " + phones + " browser phones");
        while (true) {
            Thread.sleep(1000); // a sampling loop in a tool, not a test
            Runtime runtime = Runtime.getRuntime();
            double cpu = os.getProcessCpuLoad() * 100 * os.getAvailableProcessors();
            System.out.printf("browser_legs=%d srtp_received=%d tick_p99_us=%d tick_p50_us=%d heap_mb=%d threads=%d"
                            + " cpu_core_pct=%.0f cpu_core_pct_per_leg=%.1f%n",
                    up.get(), received.get(), engine.mediaTickDeviationMicros(99), engine.mediaTickDeviationMicros(50),
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, Thread.activeCount(), cpu,
                    up.get() == 0 ? 0.0 : cpu / up.get());
        }
    }
}
