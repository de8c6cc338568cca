package pl.infolinia.contactcenter.transfer;

/** The agent or queue to transfer to does not exist. */
public final class UnknownTransferTarget extends IllegalArgumentException {

    public UnknownTransferTarget(String message) {
        super(message);
    }
}
