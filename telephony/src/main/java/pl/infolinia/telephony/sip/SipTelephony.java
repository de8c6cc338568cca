package pl.infolinia.telephony.sip;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.CallScript;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Endpoint;
import pl.infolinia.telephony.SipCredentials;
import pl.infolinia.telephony.SipDestinations;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.TelephonyStartFailed;
import pl.infolinia.telephony.Trunks;
import pl.infolinia.telephony.media.MediaClock;
import pl.infolinia.telephony.media.RtpPorts;
import pl.infolinia.telephony.media.WavCache;
import pl.infolinia.telephony.webrtc.BrowserPhone;
import pl.infolinia.telephony.webrtc.BrowserPhones;

/**
 * The engine on SIP: a JAIN-SIP stack on UDP and TCP, the method handlers, and the media clock.
 *
 * <p>{@link #start} returns once the ports are bound; {@link #close} hangs up all calls and
 * unbinds. A failure to start is reported as {@link TelephonyStartFailed}, without JAIN-SIP
 * types in its cause.
 */
public final class SipTelephony implements Telephony, BrowserPhones {

    private static final Logger log = LoggerFactory.getLogger(SipTelephony.class);
    private static final int FAILED_LOGINS_BEFORE_BLOCK = 10;
    private static final Duration BROWSER_PHONE_LEASE = Duration.ofDays(1);

    private final JainSipStack stack;
    private final Registrations registrations;
    private final Calls calls = new Calls();
    private final MediaClock clock = new MediaClock();
    private final AtomicReference<CallScript> script = new AtomicReference<>();
    private final List<Consumer<TelephonyEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("telephony-housekeeping").daemon(true).factory());
    private final Clock wallClock;
    private final Dialer dialer;
    private final BrowserDialer browsers;

    private SipTelephony(TelephonySettings settings, SipCredentials credentials, SipDestinations destinations,
                         Trunks trunks, Clock wallClock) throws Exception {
        this.wallClock = wallClock;
        this.registrations = new Registrations(this::publish);
        InetAddress bind = InetAddress.getByName(settings.address());
        String advertised = settings.publicAddress().isPresent() ? settings.publicAddress().get() : advertisedAddress(bind);
        this.stack = new JainSipStack(settings.address(), settings.sipPort(),
                "infolinia-" + settings.address() + "-" + settings.sipPort(), settings.maxMessageBytes(), settings.tls());
        CallMedia media = new CallMedia(new RtpPorts(bind, settings.rtpPortMin(), settings.rtpPortMax()), clock,
                advertised, settings.prompts(), new WavCache(), this::publish);
        this.browsers = new BrowserDialer(media, calls);
        this.dialer = new Dialer(stack, registrations, destinations, trunks, calls, media, browsers, wallClock);
        DigestAuthenticator authenticator = new DigestAuthenticator(settings.realm(), credentials, wallClock);
        AuthenticationFailures failures = new AuthenticationFailures(FAILED_LOGINS_BEFORE_BLOCK, Duration.ofMinutes(5), wallClock);
        List<RequestHandler> handlers = List.of(
                new OptionsHandler(),
                new RegisterHandler(authenticator, registrations, failures, wallClock),
                new InviteHandler(calls, media, "sip:infolinia@" + advertised + ":" + stack.port(), script,
                        new InboundAdmission(trunks, settings.realm(), failures, wallClock)),
                new ByeHandler(calls),
                new CancelHandler(calls),
                new InfoHandler(calls),
                new ReferHandler(calls));
        try {
            stack.listen(new SipDispatcher(stack, handlers, settings.maxMessageBytes()));
        } catch (Exception e) {
            stack.close();
            throw e;
        }
        clock.start();
        housekeeping.scheduleWithFixedDelay(() -> registrations.purge(wallClock.instant()), 30, 30, TimeUnit.SECONDS);
    }

    private static String advertisedAddress(InetAddress bind) throws java.io.IOException {
        if (!bind.isAnyLocalAddress()) {
            return bind.getHostAddress();
        }
        // bound to all interfaces: SDP and Contact need one real address, and Debian maps the
        // host name to 127.0.1.1, so take the first IPv4 address of an interface that is up
        for (var network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : java.util.Collections.list(network.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return address.getHostAddress();
                    }
                }
            }
        }
        return InetAddress.getLocalHost().getHostAddress();
    }

    /** Starts the engine without destinations: only registered users can be dialled. */
    public static SipTelephony start(TelephonySettings settings, SipCredentials credentials) {
        return start(settings, credentials, SipDestinations.NONE);
    }

    /** Starts the engine without trunks, open to calls to any number ({@link Trunks#OPEN}). */
    public static SipTelephony start(TelephonySettings settings, SipCredentials credentials,
                                     SipDestinations destinations) {
        return start(settings, credentials, destinations, Trunks.OPEN);
    }

    /**
     * Starts the engine: binds SIP on UDP and TCP and accepts requests from then on; incoming
     * calls are admitted and outgoing ones routed by {@code trunks}.
     */
    public static SipTelephony start(TelephonySettings settings, SipCredentials credentials,
                                     SipDestinations destinations, Trunks trunks) {
        try {
            SipTelephony telephony = new SipTelephony(settings, credentials, destinations, trunks, Clock.systemUTC());
            log.info("Telephony listening for SIP on {}:{} (UDP, TCP){}", settings.address(), telephony.sipPort(),
                    settings.tls().map(tls -> ", TLS on " + tls.port()).orElse(""));
            return telephony;
        } catch (Exception e) {
            // the message only: a JAIN-SIP exception must not travel out as a cause
            throw new TelephonyStartFailed("SIP could not listen on " + settings.address() + ":" + settings.sipPort()
                    + ": " + e.getMessage());
        }
    }

    @Override
    public int sipPort() {
        return stack.port();
    }

    @Override
    public List<Endpoint> endpoints() {
        return registrations.endpoints(wallClock.instant());
    }

    @Override
    public Optional<Endpoint> endpoint(String user) {
        return registrations.endpoint(user, wallClock.instant());
    }

    @Override
    public void onIncomingCall(CallScript newScript) {
        script.set(newScript);
    }

    @Override
    public Channel dial(String user, String callerId, Duration timeout) {
        return dialer.dial(user, callerId, timeout);
    }

    @Override
    public Registration registerBrowserPhone(String user, BrowserPhone phone) {
        String contact = BrowserDialer.SCHEME + java.util.UUID.randomUUID();
        browsers.add(contact, phone);
        // held while the page keeps its signalling open; the server closes it when the page goes
        registrations.update(user, new Registrations.Binding(contact, wallClock.instant().plus(BROWSER_PHONE_LEASE),
                contact, 1), wallClock.instant());
        return () -> {
            browsers.remove(contact);
            registrations.update(user, new Registrations.Binding(contact, wallClock.instant(), contact, 2),
                    wallClock.instant());
        };
    }

    @Override
    public Bridge createBridge() {
        return new MixingBridge();
    }

    @Override
    public void subscribe(Consumer<TelephonyEvent> subscriber) {
        subscribers.add(subscriber);
    }

    /** How evenly the media clock ticks: p-th percentile of |interval − 20 ms| in µs. */
    public long mediaTickDeviationMicros(double percentile) {
        return clock.intervals().deviationPercentileMicros(percentile);
    }

    private void publish(TelephonyEvent event) {
        for (Consumer<TelephonyEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                log.warn("Subscriber failed on {}", event, e);
            }
        }
    }

    @Override
    public void close() {
        calls.hangupAll();
        housekeeping.shutdownNow();
        clock.close();
        stack.close();
        log.info("Telephony stopped");
    }
}
