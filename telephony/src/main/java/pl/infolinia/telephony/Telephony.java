package pl.infolinia.telephony;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running telephony engine: SIP signalling and RTP media behind one handle.
 *
 * <p>Obtained from {@code pl.infolinia.telephony.sip.SipTelephony.start(settings, credentials)};
 * closing it stops listening and ends its threads. All methods are thread-safe.
 */
public interface Telephony extends AutoCloseable {

    /** The SIP port actually bound (useful when the settings asked for port 0). */
    int sipPort();

    /** Users with at least one live registered contact. */
    List<Endpoint> endpoints();

    Optional<Endpoint> endpoint(String user);

    /**
     * Sets the script every incoming call runs, each on its own virtual thread. Until one is
     * set, calls are refused with 480 Temporarily Unavailable.
     */
    void onIncomingCall(CallScript script);

    /**
     * Calls a registered user's phone, or else a configured destination of that name, and
     * blocks until it answers.
     *
     * @param target   a SIP user (agent1001) or a {@link SipDestinations} name (an office's PBX)
     * @param callerId shown to the called phone, e.g. the citizen's number
     * @throws CallNotAnswered if the target is neither registered nor configured (404), or it
     *                         refuses, or does not answer within {@code timeout} (then cancelled)
     */
    Channel dial(String target, String callerId, java.time.Duration timeout);

    /** A new, empty bridge. */
    Bridge createBridge();

    /** Receives every event from now on; called on engine threads, must not block. */
    void subscribe(Consumer<TelephonyEvent> subscriber);

    @Override
    void close();
}
