package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.callback.CallbackPolicy;
import pl.infolinia.contactcenter.callback.Callbacks;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.queue.WaitingAnnouncements;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.telephony.ChannelHungUp;
import pl.infolinia.telephony.EndpointRegistered;
import pl.infolinia.telephony.EndpointUnregistered;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.TransferRequested;

/**
 * The live contact centre on a telephony engine: answers the hotlines' numbers with their IVR
 * flows, queues callers in the {@link Acd}, rings consultants' phones and bridges them, and sends
 * calls on to offices, as callbacks or to messages.
 *
 * <p>{@link #start()} takes over the engine's incoming calls and ticks the ACD every second;
 * {@link #close()} stops the ticking (the engine is closed by its owner).
 */
public final class Switchboard implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Switchboard.class.getName());

    private final Telephony telephony;
    private final Acd acd;
    private final AgentDirectory agents;
    private final LiveCalls calls = new LiveCalls();
    private final AcdActions actions = new AcdActions(calls);
    private final AgentPhones phones;
    private final IncomingCalls incoming;
    private final Supervision supervision;
    private final CallRecorder recorder;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("acd-tick").daemon().factory());
    private final ExecutorService phoneEvents = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("agent-phones").factory());

    /** A switchboard that records every call, as {@link RecordingPolicies#RECORD_ALL}. */
    public Switchboard(Telephony telephony, Acd acd, HotlineDirectory hotlines, FlowLibrary flows,
            Map<String, OfficeCalendar> calendars, OfficeLines officeLines, AgentDirectory agents, ContactEventLog log,
            Clock clock, SwitchboardSettings settings) {
        this(telephony, acd, hotlines, flows, calendars, officeLines, agents, log, clock, settings,
                RecordingPolicies.RECORD_ALL);
    }

    /**
     * A switchboard that records conversations as the offices' {@code recordingPolicies} say, asked
     * when a consultant answers; {@link SwitchboardSettings#recordCalls()} false records nothing.
     */
    public Switchboard(Telephony telephony, Acd acd, HotlineDirectory hotlines, FlowLibrary flows,
            Map<String, OfficeCalendar> calendars, OfficeLines officeLines, AgentDirectory agents, ContactEventLog log,
            Clock clock, SwitchboardSettings settings, RecordingPolicies recordingPolicies) {
        this.telephony = telephony;
        this.acd = acd;
        this.agents = agents;
        CallerVoices voices = new CallerVoices(new OfficePrompts(settings.prompts()), settings.messages());
        OfficeLine offices = new OfficeLine(telephony, officeLines, new OfficePrompts(settings.prompts()), log, clock,
                settings.officeAnswerTimeout());
        this.recorder = new CallRecorder(settings.recordings(), settings.recordCalls(), log, clock);
        Conversation conversation = new Conversation(telephony, acd, actions, calls, offices, recorder,
                new RecordingRules(acd, recordingPolicies), log, clock);
        CallbackDialler callbacks = new CallbackDialler(telephony, acd,
                new Callbacks(acd, CallbackPolicy.DEFAULT, clock), actions, calls, conversation, voices,
                settings.officeAnswerTimeout());
        actions.ringWith(new AgentRinger(telephony, acd, calls, actions, callbacks));
        WaitingRoom waitingRoom = new WaitingRoom(acd, actions,
                new WaitingAnnouncements(acd, settings.firstAnnouncement(), settings.announcementEvery()), clock);
        this.phones = new AgentPhones(telephony, acd, actions, agents, phoneEvents);
        this.incoming = new IncomingCalls(hotlines, flows, calendars, acd, actions, calls, voices, waitingRoom,
                conversation, offices, callbacks, log, clock);
        this.supervision = new Supervision(telephony, calls, log, clock);
    }

    /** Takes the engine's incoming calls and starts the ACD's clock. */
    public void start() {
        telephony.subscribe(this::on);
        telephony.onIncomingCall(incoming);
        telephony.endpoints().forEach(endpoint -> endpoint.contacts().forEach(contact -> phones.registered(
                new EndpointRegistered(endpoint.user(), contact.uri(), contact.expires()))));
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    public Acd acd() {
        return acd;
    }

    /** Calls Infolinia holds now, from arrival to hang-up or hand-over to an office. */
    public int liveCalls() {
        return calls.size();
    }

    /**
     * The consultant starts taking calls, with their skills as the directory has them now
     * (joining the floor first if the ACD did not know them).
     *
     * @return false if they are no consultant (the directory does not know them)
     */
    public boolean logIn(AgentId agent) {
        agents.agent(agent).ifPresent(acd::updateAgent);
        if (!acd.hasAgent(agent)) {
            return false;
        }
        actions.act(() -> acd.logIn(agent));
        return true;
    }

    /** The consultant stops taking calls; a call ringing at their phone goes back to its place. */
    public void logOut(AgentId agent) {
        if (acd.hasAgent(agent)) {
            actions.act(() -> acd.logOut(agent));
        }
    }

    /** The consultant pauses with a reason, e.g. "przerwa"; a call ringing at their phone goes back. */
    public void takeBreak(AgentId agent, String reason) {
        if (acd.hasAgent(agent)) {
            actions.act(() -> acd.takeBreak(agent, reason));
        }
    }

    /** The consultant is back from a break, or from being set not-ready after a missed call. */
    public void makeAvailable(AgentId agent) {
        if (acd.hasAgent(agent)) {
            actions.act(() -> acd.makeAvailable(agent));
        }
    }

    /** The consultant finished the notes of their last call before the wrap-up time ran out. */
    public void finishWrapUp(AgentId agent) {
        if (acd.hasAgent(agent)) {
            actions.act(() -> acd.finishWrapUp(agent));
        }
    }

    /**
     * The consultant on a live call recorded on demand starts its recording; it is recorded from
     * now to the end of their part (a second start changes nothing). Whether {@code agent} is that
     * consultant is the caller's check. False if the contact has no conversation going on.
     *
     * @throws RecordingRefused if the call's policy is not ON_DEMAND
     */
    public boolean startRecording(ContactId contact, AgentId agent) {
        return recorder.start(contact, agent);
    }

    /**
     * The consultant on a live call pauses its recording (the citizen gives sensitive data); the
     * file holds silence until {@link #resumeRecording}. Whether {@code agent} is that consultant
     * is the caller's check. False if the call is not being recorded.
     *
     * @throws RecordingRefused if the call is not recorded, not started yet, or its office does not allow pauses
     */
    public boolean pauseRecording(ContactId contact, AgentId agent) {
        return recorder.pause(contact, agent);
    }

    /** Resumes a paused recording; false if the call is not being recorded; refused as {@link #pauseRecording}. */
    public boolean resumeRecording(ContactId contact, AgentId agent) {
        return recorder.resume(contact, agent);
    }

    /** How the contact's conversation with a consultant is recorded now, if one is going on. */
    public Optional<RecordingStatus> recording(ContactId contact) {
        return recorder.status(contact);
    }

    /**
     * A consultant's blind transfer of their current call, asked from Infolinia rather than the
     * phone; {@code target} is a queue ({@code praca} or {@code queue:praca}), where the caller
     * waits again ahead of new callers, a colleague on the floor ({@code agent:agent2}), whose phone
     * rings at once if they are free, or an office code. False if the contact is not a live call.
     */
    public boolean transfer(ContactId contact, AgentId agent, String target) {
        return calls.deliver(contact, new Handoff.TransferAsked(agent, target, false));
    }

    /**
     * A consultant puts their caller on hold and calls an office to talk first (attended
     * transfer); then {@link #completeConsultation} hands the caller over, or
     * {@link #cancelConsultation} takes them back. False if the contact is not a live call.
     */
    public boolean consult(ContactId contact, AgentId agent, String target) {
        return calls.deliver(contact, new Handoff.ConsultAsked(agent, target));
    }

    /** The office the consultant is consulting on this call (attended transfer), while they are. */
    public Optional<OfficeCode> consultation(ContactId contact) {
        return calls.find(contact).flatMap(LiveCall::consulting);
    }

    public boolean completeConsultation(ContactId contact, AgentId agent) {
        return calls.deliver(contact, new Handoff.ConsultCompleted(agent));
    }

    public boolean cancelConsultation(ContactId contact, AgentId agent) {
        return calls.deliver(contact, new Handoff.ConsultCancelled(agent));
    }

    /**
     * The consultant puts their caller on hold, who hears music and is not heard, or takes them
     * back ({@code hold} false). False if the contact is not a live call.
     */
    public boolean hold(ContactId contact, AgentId agent, boolean hold) {
        return calls.deliver(contact, new Handoff.HoldAsked(agent, hold));
    }

    /** The consultant ends their call from Infolinia; both phones are hung up. False if not a live call. */
    public boolean hangUp(ContactId contact, AgentId agent) {
        return calls.deliver(contact, new Handoff.HangUpAsked(agent));
    }

    /**
     * Whether the consultant stays in wrap-up after each call until they finish it themselves
     * ({@link #finishWrapUp}), as their office's policy may require notes before the next call.
     */
    public void requireNotes(AgentId agent, boolean required) {
        if (acd.hasAgent(agent)) {
            actions.act(() -> acd.requireNotes(agent, required));
        }
    }

    /**
     * A supervisor joins a consultant's call from their own registered phone (SIP user
     * {@code supervisor}): it is rung now and joins in {@code mode} when answered, and is hung up
     * when the conversation ends.
     */
    public SupervisionStart supervise(ContactId contact, String supervisor, SupervisionMode mode) {
        return supervision.start(contact, supervisor, mode);
    }

    /** The contact's call if Infolinia holds it now, as a wallboard shows it. */
    public Optional<CallInProgress> call(ContactId contact) {
        return calls.find(contact).map(call -> new CallInProgress(contact,
                acd.call(contact).flatMap(queued -> acd.queues().stream()
                        .filter(queue -> queue.code().equals(queued.queue())).findFirst())
                        .map(Queue::office).orElse(call.office()),
                call.caller().caller(), call.talking().map(LiveCall.Talking::agent)));
    }

    private void on(TelephonyEvent event) {
        switch (event) {
            case ChannelHungUp hungUp -> calls.channelDown(hungUp.channel());
            case TransferRequested transfer -> calls.transferAsked(transfer.channel(), transfer.target());
            case EndpointRegistered registered -> phones.registered(registered);
            case EndpointUnregistered unregistered -> phones.unregistered(unregistered);
            default -> {
                // other events concern the engine's own bookkeeping
            }
        }
    }

    private void tick() {
        try {
            actions.act(acd::tick);
        } catch (RuntimeException e) {
            // a failed tick must not stop the next one: scheduleAtFixedRate gives up after a throw
            LOG.log(System.Logger.Level.ERROR, "ACD tick failed", e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        phoneEvents.shutdownNow();
    }
}
