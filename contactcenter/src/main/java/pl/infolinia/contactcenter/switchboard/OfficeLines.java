package pl.infolinia.contactcenter.switchboard;

import java.time.Instant;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.transfer.DeliveryProblem;
import pl.infolinia.contactcenter.transfer.Fallback;

/**
 * The offices whose own lines calls can be sent to: those with a transfer destination in the
 * offices directory. The telephony engine dials an office by its code.
 */
@FunctionalInterface
public interface OfficeLines {

    boolean has(OfficeCode office);

    /**
     * Where a call sent to the office goes when its line is busy, does not answer or is closed, by the
     * office's forwarding rules; back to the sender (the IVR says the connection failed) when it
     * has none.
     */
    default Fallback fallback(OfficeCode office, DeliveryProblem problem) {
        return new Fallback.BackToSender();
    }

    /**
     * Whether the office takes calls at {@code time} by its own hours; a closed office's line is
     * not dialled, and its rule for {@link DeliveryProblem#CLOSED} applies. Open when it has no hours.
     */
    default boolean isOpen(OfficeCode office, Instant time) {
        return true;
    }
}
