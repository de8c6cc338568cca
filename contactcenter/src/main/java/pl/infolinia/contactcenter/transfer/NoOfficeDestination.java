package pl.infolinia.contactcenter.transfer;

/** The office has no configured destination, so calls cannot be transferred to it. */
public final class NoOfficeDestination extends IllegalArgumentException {

    public NoOfficeDestination(String message) {
        super(message);
    }
}
