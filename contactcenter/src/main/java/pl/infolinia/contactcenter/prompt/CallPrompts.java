package pl.infolinia.contactcenter.prompt;

/**
 * Names of the prompts played around a call outside any IVR flow: while the caller waits, when a
 * callback is offered and made, when a transfer fails, when a message is left.
 *
 * <p>Each is the name of a WAV in the prompts folder, as {@code MediaUri.prompt(PLEASE_WAIT)}
 * plays it; {@link PromptSet#polish()} gives the Polish text each one says.
 */
public final class CallPrompts {

    /** Plays when a caller joins a queue in which every consultant is busy. */
    public static final String PLEASE_WAIT = "prosimy-czekac";

    /** Plays before a call is transferred to an office's own number. */
    public static final String CONNECTING_TO_OFFICE = "laczymy-z-urzedem";

    /** Plays when a transfer or a callback does not reach the other side, before the call ends. */
    public static final String CONNECTION_FAILED = "polaczenie-nieudane";

    /** Plays to a waiting caller to offer a callback that keeps their place in the queue (key 1). */
    public static final String CALLBACK_OFFER = "oddzwonimy-propozycja";

    /** Plays when the caller has accepted the callback offer, before the call ends. */
    public static final String CALLBACK_CONFIRMED = "oddzwonimy-potwierdzenie";

    /** Plays to the citizen who answers our callback, before a consultant joins. */
    public static final String CALLBACK_GREETING = "oddzwaniamy";

    /** Plays before the beep when the caller may leave a message for the office. */
    public static final String LEAVE_MESSAGE = "wiadomosc-nagraj";

    /** Plays when the caller's message has been stored, before the call ends. */
    public static final String MESSAGE_SAVED = "wiadomosc-zapisana";

    /** Plays right after {@link #LEAVE_MESSAGE}: the 1 kHz beep after which the message is recorded. */
    public static final String BEEP = "sygnal";

    /** Loops while a caller waits in a queue or is on hold, between announcements. */
    public static final String MUSIC_ON_HOLD = "muzyka";

    private CallPrompts() {
    }
}
