package pl.infolinia.contactcenter.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

class ContactSummaryTest {

    private static final ContactId C = ContactId.of("c1");
    private static final Instant T = Instant.parse("2026-04-07T08:00:00Z");
    private static final QueueCode PRACA = QueueCode.of("praca");
    private static final AgentId ANNA = AgentId.of("anna");

    @Test
    void summarisesAnAnsweredCall() {
        ContactSummary summary = ContactSummary.of(C, List.of(
                new CallArrived(C, T, "+48600100200", "infolinia"),
                new TopicChosen(C, T.plusSeconds(20), "praca"),
                new CallQueued(C, T.plusSeconds(21), PRACA, OfficeCode.of("ZUS"), 0),
                new CallOffered(C, T.plusSeconds(50), PRACA, ANNA),
                new CallAnswered(C, T.plusSeconds(55), PRACA, ANNA, Duration.ofSeconds(34)),
                new CallEnded(C, T.plusSeconds(400), CallEndReason.CALLER_HUNG_UP)));
        assertThat(summary.arrivedAt()).isEqualTo(T);
        assertThat(summary.caller()).contains("+48600100200");
        assertThat(summary.topic()).contains("praca");
        assertThat(summary.office()).contains(OfficeCode.of("ZUS"));
        assertThat(summary.queue()).contains(PRACA);
        assertThat(summary.agent()).contains(ANNA);
        assertThat(summary.waited()).contains(Duration.ofSeconds(34));
        assertThat(summary.outcome()).isEqualTo(ContactOutcome.ANSWERED);
    }

    @Test
    void tellsAbandonedTransferredAndIvrEndings() {
        assertThat(ContactSummary.of(C, List.of(new CallQueued(C, T, PRACA, null, 0),
                new CallAbandoned(C, T.plusSeconds(90), PRACA, Duration.ofSeconds(90)),
                new CallEnded(C, T.plusSeconds(90), CallEndReason.CALLER_HUNG_UP))).outcome())
                .isEqualTo(ContactOutcome.ABANDONED);
        assertThat(ContactSummary.of(C, List.of(new CallArrived(C, T, "+48", "infolinia"),
                new CallTransferred(C, T, ANNA, "office:ZUS", false))).outcome())
                .isEqualTo(ContactOutcome.TRANSFERRED_OUT);
        assertThat(ContactSummary.of(C, List.of(new CallArrived(C, T, "+48", "infolinia"),
                new CallEnded(C, T, CallEndReason.FLOW_HUNG_UP))).outcome())
                .isEqualTo(ContactOutcome.ENDED_IN_IVR);
        assertThat(ContactSummary.of(C, List.of(new CallArrived(C, T, "+48", "infolinia"))).outcome())
                .isEqualTo(ContactOutcome.IN_PROGRESS);
    }
}
