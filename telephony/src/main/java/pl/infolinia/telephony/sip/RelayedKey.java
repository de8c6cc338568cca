package pl.infolinia.telephony.sip;

/**
 * The key last relayed to a channel from another party of its bridge, and when. A peer that
 * echoes media (a test rig, a loop-back device) sends the key straight back; relaying the echo
 * on would bounce it between two such peers for ever, so the same key from the same channel
 * within {@value #ECHO_WINDOW_NANOS} ns counts as the echo and goes no further.
 */
record RelayedKey(char key, long atNanos) {

    static final RelayedKey NONE = new RelayedKey('\0', Long.MIN_VALUE);

    // a 100 ms event and its end packets, echoed over a slow network, are back well within this
    private static final long ECHO_WINDOW_NANOS = 1_000_000_000L;

    boolean echoedBy(char pressed, long nowNanos) {
        return this != NONE && pressed == key && nowNanos - atNanos < ECHO_WINDOW_NANOS;
    }
}
