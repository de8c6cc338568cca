package pl.infolinia.telephony.sip;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.Endpoint;
import pl.infolinia.telephony.SipCredentials;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.TelephonyStartFailed;

/**
 * The engine on SIP: starts a JAIN-SIP stack on UDP and TCP and wires the method handlers.
 *
 * <p>{@link #start} returns once the ports are bound; {@link #close} unbinds them. A failure
 * to start is reported as {@link TelephonyStartFailed}, without JAIN-SIP types in its cause.
 */
public final class SipTelephony implements Telephony {

    private static final Logger log = LoggerFactory.getLogger(SipTelephony.class);
    private static final int FAILED_LOGINS_BEFORE_BLOCK = 10;

    private final JainSipStack stack;
    private final Registrations registrations;
    private final List<Consumer<TelephonyEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Clock clock;

    private SipTelephony(TelephonySettings settings, SipCredentials credentials, Clock clock) throws Exception {
        this.clock = clock;
        this.registrations = new Registrations(this::publish);
        this.stack = new JainSipStack(settings.address(), settings.sipPort(),
                "infolinia-" + settings.address() + "-" + settings.sipPort(), settings.maxMessageBytes());
        DigestAuthenticator authenticator = new DigestAuthenticator(settings.realm(), credentials, clock);
        AuthenticationFailures failures = new AuthenticationFailures(FAILED_LOGINS_BEFORE_BLOCK, Duration.ofMinutes(5), clock);
        List<RequestHandler> handlers = List.of(
                new OptionsHandler(),
                new RegisterHandler(authenticator, registrations, failures, clock));
        try {
            stack.listen(new SipDispatcher(stack, handlers, settings.maxMessageBytes()));
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    /** Starts the engine: binds SIP on UDP and TCP and accepts requests from then on. */
    public static SipTelephony start(TelephonySettings settings, SipCredentials credentials) {
        try {
            SipTelephony telephony = new SipTelephony(settings, credentials, Clock.systemUTC());
            log.info("Telephony listening for SIP on {}:{} (UDP, TCP)", settings.address(), telephony.sipPort());
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
        return registrations.endpoints(clock.instant());
    }

    @Override
    public Optional<Endpoint> endpoint(String user) {
        return registrations.endpoint(user, clock.instant());
    }

    @Override
    public void subscribe(Consumer<TelephonyEvent> subscriber) {
        subscribers.add(subscriber);
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
        stack.close();
        log.info("Telephony stopped");
    }
}
