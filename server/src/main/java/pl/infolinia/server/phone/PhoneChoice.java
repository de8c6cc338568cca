package pl.infolinia.server.phone;

/** Which phone rings for a consultant. */
public enum PhoneChoice {
    /** A desk phone or softphone registered over SIP: the default. */
    SIP,
    /** The phone in the desk page, over WebRTC. */
    BROWSER
}
