package pl.infolinia.telephony;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One leg of a call between the engine and an endpoint.
 *
 * <p>Methods block until the engine has acted and are safe to call from any thread. Media
 * operations need an answered channel (or early media) and throw {@link InvalidChannelState}
 * otherwise; after
 * the far end hangs up they throw it too, except {@link #readDigit} which returns empty.
 */
public interface Channel {

    ChannelId id();

    /** The caller's number or user, as the From header gave it. */
    String caller();

    /** The number called, as the Request-URI gave it. */
    String called();

    ChannelState state();

    /** Answers a ringing channel; media starts flowing. */
    void answer();

    /**
     * Starts early media on a ringing channel (183 Session Progress): the caller hears what is
     * played and recorded before the call is answered, e.g. a free-of-charge announcement. The
     * channel stays {@link ChannelState#RINGING} until {@link #answer()}.
     */
    void progress();

    /** Ends the channel: rejects it if ringing, hangs up if answered; idempotent. */
    void hangup();

    /**
     * Plays audio to the caller, replacing what was playing. A key press stops it (barge-in) and
     * is kept for {@link #readDigit}.
     *
     * @throws UnsupportedMediaFormat if the file is missing or not 8 kHz mono WAV
     */
    Playback play(MediaUri media);

    /**
     * Plays audio to the caller round and round, e.g. while the consultant holds the call; it
     * replaces what the caller heard until {@link #stopMusicOnHold()}.
     *
     * @throws UnsupportedMediaFormat if the file is missing or not 8 kHz mono WAV
     */
    void startMusicOnHold(MediaUri music);

    /** Ends music on hold: the caller hears its bridge again, or silence. */
    void stopMusicOnHold();

    /** Starts recording both directions to a stereo WAV file. */
    Recording record(Path file);

    /** The next key the caller pressed, waiting up to {@code timeout}; empty on timeout or hang-up. */
    Optional<Character> readDigit(Duration timeout);

    /** Sends keys to the far end as RFC 4733 events, e.g. to steer an office's IVR. */
    void sendDigits(String digits);

    /**
     * Tells the far end how the transfer it asked for ({@link TransferRequested}) ended; its
     * phone usually hangs up on success.
     */
    void reportTransfer(TransferOutcome outcome);

    /** Blocks until the channel is {@link ChannelState#DOWN} or the timeout passes; true if down. */
    boolean awaitHangup(Duration timeout);
}
