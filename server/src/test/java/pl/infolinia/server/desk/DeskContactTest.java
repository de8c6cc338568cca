package pl.infolinia.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallHeld;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallResumed;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.RecordingPaused;
import pl.infolinia.contactcenter.contact.TopicChosen;
import pl.infolinia.contactcenter.contact.WrapUpOutcome;

/** What the call card shows of a contact handed from one consultant to another: the context travels with it. */
class DeskContactTest {

    private static final ContactId C = ContactId.of("c1");
    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final AgentId ANNA = AgentId.of("anna");
    private static final AgentId BOGDAN = AgentId.of("bogdan");

    @Test
    void aTransferredCallCarriesTopicMenuPathConsultantsNotesAndArticles() {
        DeskContact contact = DeskContact.of(C, List.of(
                new CallArrived(C, T, "48600100200", "infolinia"),
                new IvrChoiceMade(C, T.plusSeconds(20), "menu", "9"),
                new IvrChoiceMade(C, T.plusSeconds(25), "inne", "1"),
                new TopicChosen(C, T.plusSeconds(25), "dokumenty"),
                new CallQueued(C, T.plusSeconds(26), DOKUMENTY, OfficeCode.of("KPRM"), 0),
                new CallAnswered(C, T.plusSeconds(70), DOKUMENTY, ANNA, Duration.ofSeconds(44)),
                new ArticleOpened(C, T.plusSeconds(90), ANNA, "dowod-osobisty-utrata"),
                new CallHeld(C, T.plusSeconds(100), ANNA),
                new RecordingPaused(C, T.plusSeconds(101), ANNA),
                new CallResumed(C, T.plusSeconds(110), ANNA),
                new CallTransferred(C, T.plusSeconds(120), ANNA, "agent:bogdan", false),
                new ContactClassified(C, T.plusSeconds(125), ANNA, "Dokumenty › Dowód", WrapUpOutcome.OTHER, null,
                        "Pyta też o paszport dla dziecka."),
                new CallQueued(C, T.plusSeconds(120), DOKUMENTY, OfficeCode.of("KPRM"), 1),
                new CallHeld(C, T.plusSeconds(121), ANNA)));

        assertThat(contact.caller()).isEqualTo("48600100200");
        assertThat(contact.topic()).contains("dokumenty");
        assertThat(contact.ivrKeys()).isEqualTo("9 → 1");
        assertThat(contact.consultants()).containsExactly("anna");
        assertThat(contact.notes()).containsExactly("anna: Pyta też o paszport dla dziecka.");
        assertThat(contact.articlesOpened()).containsExactly("dowod-osobisty-utrata");
        assertThat(contact.waited()).as("queued again: waiting anew").isEmpty();
        assertThat(contact.queuedAt()).isEqualTo(T.plusSeconds(120));
        assertThat(contact.onHold()).isTrue();
        assertThat(contact.recordingPaused()).isTrue();

        DeskContact answered = DeskContact.of(C, List.of(
                new CallArrived(C, T, "48600100200", "infolinia"),
                new CallQueued(C, T, DOKUMENTY, null, 0),
                new CallAnswered(C, T.plusSeconds(75), DOKUMENTY, ANNA, Duration.ofSeconds(75)),
                new CallTransferred(C, T.plusSeconds(80), ANNA, "agent:bogdan", false),
                new CallQueued(C, T.plusSeconds(80), DOKUMENTY, null, 1),
                new CallAnswered(C, T.plusSeconds(85), DOKUMENTY, BOGDAN, Duration.ofSeconds(5))));
        assertThat(answered.consultants()).containsExactly("anna", "bogdan");
        assertThat(answered.waitedText()).isEqualTo("0:05");
        assertThat(answered.onHold()).isFalse();
        assertThat(answered.recordingPaused()).isFalse();
    }
}
