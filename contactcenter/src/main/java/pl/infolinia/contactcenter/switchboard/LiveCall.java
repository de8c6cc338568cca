package pl.infolinia.contactcenter.switchboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Recording;

/**
 * A citizen's call while Infolinia holds it: the caller's channel, the office whose hotline it
 * reached, and the handoffs waiting for the call's own thread.
 *
 * <p>Once the call's thread has finished with it, {@link #close} refuses further handoffs, so a
 * consultant's phone that answers too late is hung up by whoever answered it.
 */
final class LiveCall {

    private final ContactId contact;
    private final Channel caller;
    private final OfficeCode office;
    private final ChannelCaller voice;
    private final BlockingQueue<Handoff> handoffs = new LinkedBlockingQueue<>();
    private boolean closed;
    private volatile Talking talking;
    private volatile OfficeCode consulting;

    /**
     * While a consultant talks with the caller: their bridge, the consultant and their phone, and
     * the recording if the call is recorded. Supervisors join the bridge; recording pauses act on it.
     */
    record Talking(Bridge bridge, AgentId agent, Channel phone, Optional<Recording> recording) {
    }

    LiveCall(ContactId contact, Channel caller, OfficeCode office, ChannelCaller voice) {
        this.contact = contact;
        this.caller = caller;
        this.office = office;
        this.voice = voice;
    }

    ContactId contact() {
        return contact;
    }

    Channel caller() {
        return caller;
    }

    OfficeCode office() {
        return office;
    }

    /** The caller as prompts and keys see them. */
    ChannelCaller voice() {
        return voice;
    }

    void startTalking(Talking now) {
        talking = now;
    }

    void stopTalking() {
        talking = null;
    }

    /** The conversation with a consultant, if one is going on. */
    Optional<Talking> talking() {
        return Optional.ofNullable(talking);
    }

    /** Set by the call's thread while the consultant consults an office before handing the citizen over. */
    void consulting(Optional<OfficeCode> office) {
        consulting = office.orElse(null);
    }

    /** The office the consultant is consulting (attended transfer), if they are. */
    Optional<OfficeCode> consulting() {
        return Optional.ofNullable(consulting);
    }

    /** Hands something to the call's thread; false once the call is closed. */
    synchronized boolean deliver(Handoff handoff) {
        if (closed) {
            return false;
        }
        handoffs.add(handoff);
        return true;
    }

    /** The next handoff, waiting up to {@code timeout}. */
    Optional<Handoff> next(Duration timeout) {
        try {
            return Optional.ofNullable(handoffs.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    boolean hasHandoff() {
        return !handoffs.isEmpty();
    }

    /** Refuses further handoffs and returns those not taken yet. */
    synchronized List<Handoff> close() {
        closed = true;
        List<Handoff> left = new ArrayList<>();
        handoffs.drainTo(left);
        return left;
    }
}
