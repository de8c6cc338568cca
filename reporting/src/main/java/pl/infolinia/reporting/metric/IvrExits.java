package pl.infolinia.reporting.metric;

import pl.infolinia.contactcenter.contact.CallEndReason;

/** How a caller left the IVR, read from their trail. */
final class IvrExits {

    private IvrExits() {
    }

    static IvrExit.How how(ContactTrail trail) {
        if (!trail.visits.isEmpty()) {
            return IvrExit.How.REACHED_QUEUE;
        }
        if (trail.transfers.stream().anyMatch(t -> t.office() != null)) {
            return IvrExit.How.SENT_TO_OFFICE;
        }
        if (trail.endReason == null) {
            return IvrExit.How.STILL_IN_IVR;
        }
        return trail.endReason == CallEndReason.CALLER_HUNG_UP ? IvrExit.How.HUNG_UP
                : trail.endReason == CallEndReason.FLOW_HUNG_UP ? IvrExit.How.ENDED_BY_FLOW
                : trail.endReason == CallEndReason.TRANSFERRED_OUT ? IvrExit.How.SENT_TO_OFFICE
                : IvrExit.How.OTHER;
    }
}
