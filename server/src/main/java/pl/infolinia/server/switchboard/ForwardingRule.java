package pl.infolinia.server.switchboard;

import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.transfer.Fallback;

/** A forwarding rule's target as stored and sent: {@code office:MC}, {@code queue:inne} or {@code message}. */
final class ForwardingRule {

    private ForwardingRule() {
    }

    /** The fallback a stored target stands for; empty if it is not one. */
    static Optional<Fallback> parse(String target) {
        try {
            if (target.equals("message")) {
                return Optional.of(new Fallback.TakeMessage());
            }
            if (target.startsWith("office:")) {
                return Optional.of(new Fallback.ToOffice(OfficeCode.of(target.substring("office:".length()))));
            }
            if (target.startsWith("queue:")) {
                return Optional.of(new Fallback.ToQueue(QueueCode.of(target.substring("queue:".length()))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
