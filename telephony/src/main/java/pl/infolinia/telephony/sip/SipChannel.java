package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelAnswered;
import pl.infolinia.telephony.ChannelHeld;
import pl.infolinia.telephony.ChannelHungUp;
import pl.infolinia.telephony.ChannelUnheld;
import pl.infolinia.telephony.ChannelId;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.DtmfReceived;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.MediaUri;
import pl.infolinia.telephony.Playback;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.TransferOutcome;
import pl.infolinia.telephony.TransferRequested;
import pl.infolinia.telephony.media.G711;
import pl.infolinia.telephony.media.MediaTransport;
import pl.infolinia.telephony.media.Mixer;
import pl.infolinia.telephony.media.RtpPorts;
import pl.infolinia.telephony.media.RtpStream;
import pl.infolinia.telephony.media.WavRecorder;

/**
 * A SIP call leg as a {@link Channel}: its signalling plus one RTP stream.
 *
 * <p>State changes are synchronized on the channel; media calls go to the stream, which the
 * media clock drives. Key presses stop the current prompt (barge-in) and queue up for
 * {@link #readDigit}.
 */
final class SipChannel implements Channel {

    private final ChannelId id = ChannelId.random();
    private final CallSignalling signalling;
    private final SessionDescription offer;
    private final CallMedia media;
    private final KeyPresses keys = new KeyPresses();
    private ChannelState state = ChannelState.RINGING;
    private volatile ChannelAudio audio;
    private volatile MixingBridge bridge;
    private volatile RelayedKey relayed = RelayedKey.NONE;
    private boolean held;
    // one SDP session id for the 183 and the 200, as they describe the same session (RFC 3264 §8)
    private final long sessionId = System.currentTimeMillis();

    /** An incoming call, ringing until {@link #answer()}. */
    SipChannel(CallSignalling signalling, SessionDescription offer, CallMedia media) {
        this.signalling = signalling;
        this.offer = offer;
        this.media = media;
    }

    /** An outgoing call that the far end answered: media flows at once. */
    static SipChannel answered(CallSignalling signalling, MediaTransport ports, InetSocketAddress remote, G711 codec,
                               int telephoneEvent, CallMedia media) {
        SipChannel channel = new SipChannel(signalling, null, media);
        channel.audio = new ChannelAudio(new RtpStream(ports, remote, codec, telephoneEvent, channel::keyPressed,
                ThreadLocalRandom.current()));
        channel.state = ChannelState.UP;
        channel.audio.stream().start(media.clock());
        media.events().accept(new ChannelAnswered(channel.id));
        return channel;
    }

    /** Joins the bridge: the stream's audio goes to it and the bridge's mix is played. */
    synchronized void join(MixingBridge newBridge, Mixer.Port port) {
        require(ChannelState.UP, "join a bridge");
        bridge = newBridge;
        audio.join(port);
    }

    synchronized void leave(Mixer.Port port) {
        bridge = null;
        if (audio != null) {
            audio.leave(port);
        }
    }

    @Override
    public ChannelId id() {
        return id;
    }

    @Override
    public String caller() {
        return signalling.caller();
    }

    @Override
    public String called() {
        return signalling.called();
    }

    @Override
    public synchronized ChannelState state() {
        return state;
    }

    @Override
    public synchronized void answer() {
        require(ChannelState.RINGING, "answer");
        signalling.accept(startMedia("answer"));
        state = ChannelState.UP;
        media.events().accept(new ChannelAnswered(id));
    }

    @Override
    public synchronized void progress() {
        require(ChannelState.RINGING, "progress");
        signalling.progress(startMedia("progress"));
    }

    /** Starts the RTP stream once (early media or answer) and returns our SDP answer for it. */
    private String startMedia(String operation) {
        G711 codec = offer.codec().orElseThrow(); // the INVITE was refused 488 without one
        if (audio == null) {
            try {
                audio = new ChannelAudio(new RtpStream(media.ports().allocate(),
                        new InetSocketAddress(offer.connectionAddress(), offer.audioPort()), codec,
                        offer.telephoneEvent(), this::keyPressed, ThreadLocalRandom.current()));
            } catch (IOException e) {
                throw new InvalidChannelState(id, state, operation + " (no RTP port: " + e.getMessage() + ")");
            }
            audio.stream().start(media.clock());
        }
        return SessionDescription.answer(media.address(), audio.stream().localPort(), codec, offer.telephoneEvent(),
                sessionId);
    }

    @Override
    public void hangup() {
        synchronized (this) {
            switch (state) {
                case RINGING -> signalling.reject(480); // early media, if any, ends in ended()
                case UP -> signalling.bye();
                case DOWN -> {
                    return;
                }
            }
        }
        ended();
    }

    /**
     * The far end re-offered media (RFC 3264 §8): hold, unhold or a new address. Returns our SDP
     * answer and reports hold changes as events.
     */
    synchronized String reoffered(SessionDescription reoffer) {
        require(ChannelState.UP, "re-INVITE");
        boolean wasHeld = held;
        held = reoffer.holds();
        RtpStream stream = audio.stream();
        if (!held) {
            stream.redirect(new InetSocketAddress(reoffer.connectionAddress(), reoffer.audioPort()));
        }
        stream.sending(!held);
        if (held != wasHeld) {
            media.events().accept(held ? new ChannelHeld(id) : new ChannelUnheld(id));
        }
        G711 codec = reoffer.codec().orElseThrow();
        return SessionDescription.answer(media.address(), stream.localPort(), codec, reoffer.telephoneEvent(),
                System.currentTimeMillis(), reoffer.direction().answer());
    }

    /**
     * The phone itself holds or resumes without SDP (a browser phone's button): while held, it
     * is sent nothing; events as for a re-INVITE.
     */
    synchronized void holdByPhone(boolean hold) {
        require(ChannelState.UP, hold ? "hold" : "unhold");
        boolean wasHeld = held;
        held = hold;
        audio.stream().sending(!hold);
        if (held != wasHeld) {
            media.events().accept(held ? new ChannelHeld(id) : new ChannelUnheld(id));
        }
    }

    /** The far end asked to transfer this channel: the REFER was accepted (202), now tell it we try. */
    void transferRequested(String target) {
        signalling.notifyTransfer(100, "Trying");
        media.events().accept(new TransferRequested(id, target));
    }

    @Override
    public synchronized void reportTransfer(TransferOutcome outcome) {
        require(ChannelState.UP, "reportTransfer");
        signalling.notifyTransfer(outcome.sipStatus(), outcome.reason());
    }

    /** The caller gave up while it was ringing: the INVITE gets 487 and the channel ends. */
    void cancelled() {
        synchronized (this) {
            if (state != ChannelState.RINGING) {
                return;
            }
            signalling.reject(487);
        }
        ended();
    }

    /** The far end hung up (BYE) or gave up (CANCEL); signalling has been answered already. */
    void ended() {
        synchronized (this) {
            if (state == ChannelState.DOWN) {
                return;
            }
            state = ChannelState.DOWN;
        }
        if (audio != null) {
            audio.close(media.clock());
        }
        MixingBridge joined = bridge;
        if (joined != null) {
            joined.remove(this);
        }
        keys.hungUp();
        media.events().accept(new ChannelHungUp(id));
        signalling.forget();
    }

    /** A key press from any path: RFC 4733, in-band, or SIP INFO. */
    void keyPressed(char digit) {
        ChannelAudio current = audio;
        if (current != null) {
            current.bargeIn(); // the caller knows what to press
        }
        keys.pressed(digit);
        media.events().accept(new DtmfReceived(id, digit));
        MixingBridge joined = bridge;
        if (joined != null && !relayed.echoedBy(digit, System.nanoTime())) {
            joined.keyPressed(this, digit);
        }
    }

    /** Sends a key another party of the bridge pressed; nothing if this channel has no media (any more). */
    void relayKey(char key) {
        relayed = new RelayedKey(key, System.nanoTime());
        ChannelAudio current = audio;
        if (current != null) {
            current.stream().sendDigit(key);
        }
    }

    @Override
    public Playback play(MediaUri uri) {
        PromptPlayback playback = PromptPlayback.of(uri.resolve(media.prompts()), media.wavs());
        synchronized (this) {
            requireMedia("play");
            audio.play(playback);
        }
        return playback;
    }

    @Override
    public void startMusicOnHold(MediaUri music) {
        synchronized (this) {
            requireMedia("startMusicOnHold");
        }
        audio.loop(music.resolve(media.prompts()), media.wavs());
    }

    @Override
    public synchronized void stopMusicOnHold() {
        requireMedia("stopMusicOnHold");
        audio.backToBridge();
    }

    @Override
    public synchronized Recording record(Path file) {
        requireMedia("record");
        try {
            WavRecorder recorder = new WavRecorder(file);
            audio.stream().record(recorder);
            return new WavRecording(recorder);
        } catch (IOException e) {
            throw new InvalidChannelState(id, state, "record to " + file + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public Optional<Character> readDigit(Duration timeout) {
        return keys.next(timeout);
    }

    @Override
    public synchronized void sendDigits(String keys) {
        requireMedia("sendDigits");
        keys.chars().forEach(key -> audio.stream().sendDigit((char) key));
    }

    @Override
    public boolean awaitHangup(Duration timeout) {
        return keys.awaitHungUp(timeout);
    }

    /** Media works when answered, and before that once early media has started. */
    private void requireMedia(String operation) {
        if (state != ChannelState.UP && !(state == ChannelState.RINGING && audio != null)) {
            throw new InvalidChannelState(id, state, operation);
        }
    }

    private void require(ChannelState wanted, String operation) {
        if (state != wanted) {
            throw new InvalidChannelState(id, state, operation);
        }
    }

    @Override
    public String toString() {
        return "SipChannel[" + id + ", " + caller() + " -> " + called() + "]";
    }
}
