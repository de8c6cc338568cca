package pl.infolinia.contactcenter.ivr;

import java.time.Duration;
import java.util.Optional;

/**
 * The citizen's side of a call as an IVR flow needs it: hear prompts, press keys, leave a message.
 *
 * <p>A port: the telephony integration implements it on a {@code Channel}, tests on a scripted
 * fake. Methods block, like a call script on its own virtual thread. After the caller hangs up,
 * {@link #isConnected()} is false, {@link #readDigit} returns empty at once and {@link #play}
 * returns at once.
 */
public interface Caller {

    /** The caller's number as the call presented it, used to call back. */
    String number();

    /**
     * Plays a prompt by name (a WAV file name without extension) and returns when it has ended.
     * A key pressed during the prompt stops it and is kept for the next {@link #readDigit}.
     */
    void play(String prompt);

    /** The next key pressed ('0'-'9', '*', '#'), waiting up to {@code timeout}; empty on timeout or hang-up. */
    Optional<Character> readDigit(Duration timeout);

    /**
     * Records what the caller says, until they hang up, press '#', or {@code maxLength} passes.
     *
     * @return where the recording was stored, empty if nothing was recorded
     */
    Optional<String> recordMessage(Duration maxLength);

    boolean isConnected();

    /** Ends the call from our side; idempotent. */
    void hangUp();
}
