package pl.infolinia.contactcenter.switchboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.MediaUri;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.sip.SipTelephony;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * Load run, not a test: SIPp citizens (caller-talks.xml, RFC 4733 digit 1) at a given rate, up to
 * a given number at once, call the demo hotline through the IVR into its queue; consultants'
 * phones on a second engine answer after half a second and talk until the citizen hangs up.
 * Prints what SIPp saw and what the event store holds: answered, abandoned, waits.
 *
 * <pre>java ... SwitchboardLoad CONCURRENT CALLS RATE_CPS AGENTS HOLD_SECONDS</pre>
 */
public final class SwitchboardLoad {

    private SwitchboardLoad() {
    }

    public static void main(String[] args) throws Exception {
        int concurrent = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        double rate = Double.parseDouble(args[2]);
        int agents = Integer.parseInt(args[3]);
        int holdSeconds = Integer.parseInt(args[4]);
        Path dir = Files.createTempDirectory("switchboard-load");
        Path prompts = dir.resolve("prompts");
        PromptSet.polish().installInto(prompts);
        int phonesPort = FreePorts.next();
        List<String> names = IntStream.rangeClosed(1, agents).mapToObj(n -> "agent" + n).toList();
        InMemoryContactEventLog log = new InMemoryContactEventLog();
        Clock clock = Clock.systemUTC();
        try (SipTelephony phones = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1")
                        .withSipPort(phonesPort).withRtpPorts(40000, 41999).withPrompts(prompts),
                        (user, realm) -> Optional.empty(), name -> Optional.empty());
             SipTelephony engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1")
                        .withSipPort(FreePorts.next()).withRtpPorts(30000, 39999).withPrompts(prompts),
                        (user, realm) -> Optional.empty(),
                        name -> names.contains(name) ? Optional.of("sip:" + name + "@127.0.0.1:" + phonesPort)
                                : Optional.empty())) {
            phones.onIncomingCall(SwitchboardLoad::answerAndTalk);
            OfficeCode kprm = OfficeCode.of("KPRM");
            Acd acd = new Acd(clock, log, DemoHotline.queues(kprm).stream()
                    .map(queue -> queue.withWrapUp(Duration.ofSeconds(2))).toList(),
                    names.stream().map(name -> new Agent(AgentId.of(name), name,
                            DemoHotline.QUEUES.stream().collect(Collectors.toMap(q -> q, q -> 5)))).toList());
            FlowLibrary flows = new FlowLibrary(clock);
            flows.publish("demo", FlowLoader.demoYaml(), DemoHotline.context(Set.of()));
            try (Switchboard switchboard = new Switchboard(engine, acd,
                    new HotlineDirectory(List.of(DemoHotline.hotline(kprm))), flows,
                    Map.of(DemoHotline.CALENDAR, OfficeCalendar.alwaysOpen()), office -> false, AgentDirectory.NONE,
                    log, clock, SwitchboardSettings.under(dir))) {
                switchboard.start();
                names.forEach(name -> switchboard.logIn(AgentId.of(name)));
                long started = System.nanoTime();
                Sipp.Run run = Sipp.start(engine.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(), List.of(
                        "-s", DemoHotline.NUMBER, "-m", Integer.toString(calls), "-l", Integer.toString(concurrent),
                        "-r", Double.toString(rate), "-rp", "1000", "-mp", Integer.toString(Sipp.mediaPort()),
                        "-set", "dtmf_delay_ms", Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()),
                        "-set", "hold_ms", Integer.toString(holdSeconds * 1000), "-timeout", "1800"))
                        .finish(Duration.ofMinutes(30));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                Thread.sleep(3000);
                report(run, log.events(ContactQuery.all().limit(Integer.MAX_VALUE)), took, engine, concurrent, calls, rate, agents, holdSeconds);
            }
        }
    }

    private static void answerAndTalk(Channel phone) throws InterruptedException {
        Thread.sleep(500);
        phone.answer();
        phone.startMusicOnHold(MediaUri.prompt("oddzwaniamy"));
        phone.awaitHangup(Duration.ofMinutes(10));
    }

    private static void report(Sipp.Run run, List<ContactEvent> events, Duration took, SipTelephony engine,
            int concurrent, int calls, double rate, int agents, int hold) {
        List<Duration> waits = new ArrayList<>();
        List<Duration> abandonedAfter = new ArrayList<>();
        Map<String, Long> ended = new TreeMap<>();
        for (ContactEvent event : events) {
            switch (event) {
                case CallAnswered answered -> waits.add(answered.waited());
                case CallAbandoned abandoned -> abandonedAfter.add(abandoned.waited());
                case CallEnded end -> ended.merge(end.reason().name(), 1L, Long::sum);
                default -> { }
            }
        }
        System.out.printf("== switchboard load: %d at once, %d calls at %.1f/s, %d consultants, citizens stay %d s"
                + " after pressing 1%n", concurrent, calls, rate, agents, hold);
        System.out.println("SIPp: exit " + run.exitCode() + ", " + line(run.output(), "Successful call")
                + "; " + line(run.output(), "Failed call"));
        System.out.println("took " + took.toSeconds() + " s; contacts ended: " + ended);
        System.out.println("answered " + waits.size() + ", wait p50 " + pct(waits, 50) + " p90 " + pct(waits, 90)
                + " max " + pct(waits, 100));
        System.out.println("abandoned in queue " + abandonedAfter.size() + ", after p50 " + pct(abandonedAfter, 50));
        Map<String, Long> types = new TreeMap<>();
        events.forEach(event -> types.merge(event.type(), 1L, Long::sum));
        System.out.println("events: " + types);
        if (calls <= 5) {
            events.forEach(System.out::println);
        }
        System.out.println("media clock |tick - 20 ms| p99 " + engine.mediaTickDeviationMicros(99) + " µs");
    }

    private static String line(String output, String label) {
        return output.lines().filter(l -> l.contains(label)).reduce((a, b) -> b).map(String::strip)
                .map(l -> l.replaceAll("\\s+\\|\\s+", " | ").replaceAll("\\s+", " ")).orElse(label + " ?");
    }

    private static String pct(List<Duration> values, int percentile) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Duration> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return String.format("%.1f s", sorted.get(Math.max(0, index)).toMillis() / 1000.0);
    }
}
