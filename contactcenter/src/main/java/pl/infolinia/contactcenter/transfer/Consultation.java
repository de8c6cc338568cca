package pl.infolinia.contactcenter.transfer;

import java.util.function.Function;

/**
 * An attended transfer in progress: the consultant talks to the target while the caller holds,
 * then completes the transfer or returns to the caller. Either ends it; a second answer is refused.
 *
 * <p>The transfer event is stored on completion only, since until then nothing has moved.
 */
public final class Consultation {

    private final Transfer transfer;
    private final Function<Transfer, Transfer> store;
    private ConsultationState state = ConsultationState.CONSULTING;

    Consultation(Transfer transfer, Function<Transfer, Transfer> store) {
        this.transfer = transfer;
        this.store = store;
    }

    public Transfer transfer() {
        return transfer;
    }

    public synchronized ConsultationState state() {
        return state;
    }

    /** Hands the caller to the target; the transfer is stored before this returns. */
    public synchronized Transfer complete() {
        requireConsulting("complete");
        Transfer done = store.apply(transfer);
        state = ConsultationState.COMPLETED;
        return done;
    }

    /** The target cannot help: the consultant takes the caller back. */
    public synchronized void returnToCaller() {
        requireConsulting("return to the caller");
        state = ConsultationState.RETURNED;
    }

    private void requireConsulting(String action) {
        if (state != ConsultationState.CONSULTING) {
            throw new IllegalStateException("cannot " + action + ": the consultation is already " + state);
        }
    }
}
