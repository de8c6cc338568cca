package pl.infolinia.telephony.sip;

/**
 * Which way media flows in an SDP offer or answer (RFC 3264 §6.1); hold is a re-offer that
 * stops the far end from receiving.
 */
enum MediaDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    static MediaDirection of(String attribute) {
        return switch (attribute) {
            case "sendonly" -> SENDONLY;
            case "recvonly" -> RECVONLY;
            case "inactive" -> INACTIVE;
            default -> SENDRECV;
        };
    }

    /** The direction an answer takes to this offer: the mirror image. */
    MediaDirection answer() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** Whether the side that chose this direction wants to receive media. */
    boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
