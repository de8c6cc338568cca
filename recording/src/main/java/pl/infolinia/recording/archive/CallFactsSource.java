package pl.infolinia.recording.archive;

/** Looks up a contact's facts; the server reads them from the contact event store. */
@FunctionalInterface
public interface CallFactsSource {

    /** The facts of a contact, {@link CallFacts#unknown()} for one the store does not know. */
    CallFacts factsOf(String contact);
}
