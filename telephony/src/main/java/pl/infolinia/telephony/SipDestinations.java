package pl.infolinia.telephony;

import java.util.Optional;

/**
 * The engine's port for the places it may call besides registered users: the offices' PBXes
 * and other configured SIP destinations, by name.
 *
 * <p>Only names this port knows can be dialled, so a script (or a phone's transfer request)
 * cannot make the platform call arbitrary numbers: no toll fraud through Infolinia.
 */
@FunctionalInterface
public interface SipDestinations {

    /** No destinations: only registered users can be called. */
    SipDestinations NONE = name -> Optional.empty();

    /** The SIP URI for a destination name, e.g. {@code sip:1234@pbx.zus.example:5060}. */
    Optional<String> uri(String name);
}
