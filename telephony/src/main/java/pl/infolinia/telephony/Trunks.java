package pl.infolinia.telephony;

import java.util.List;
import java.util.Optional;

/**
 * Who may call into the engine besides phones on the registrar, and which numbers: the
 * configured trunks, each for its own numbers, and the numbers that anyone may call directly.
 *
 * <p>An INVITE from an unknown source to a number outside {@link #direct()} is refused (403), so
 * that nobody reaches a trunk's numbers by pretending to be its carrier; an INVITE from a trunk
 * to a number outside its inbound numbers is refused (404).
 *
 * @param trunks the trunks, tried in order
 * @param direct numbers any SIP peer may call without being a trunk, e.g. {@code infolinia}
 */
public record Trunks(List<Trunk> trunks, NumberPatterns direct) {

    /** No trunks, every number open to everyone: for tests and a laptop demo, never for a public address. */
    public static final Trunks OPEN = new Trunks(List.of(), NumberPatterns.ANY);

    public Trunks {
        trunks = List.copyOf(trunks);
    }

    /** The first trunk through which {@code number} may be dialled. */
    public Optional<Trunk> outbound(String number) {
        return trunks.stream().filter(t -> t.uriFor(number).isPresent()).findFirst();
    }
}
