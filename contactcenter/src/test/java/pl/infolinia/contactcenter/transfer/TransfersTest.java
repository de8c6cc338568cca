package pl.infolinia.contactcenter.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;

class TransfersTest {

    private static final ContactId CONTACT = ContactId.of("c1");
    private static final AgentId ANNA = AgentId.of("anna");
    private static final AgentId BOGDAN = AgentId.of("bogdan");
    private static final OfficeCode ZUS = OfficeCode.of("ZUS");
    private static final OfficeDestination ZUS_PBX = new OfficeDestination(ZUS, "sip:infolinia@pbx.zus.example");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-07T08:00:00Z"));
    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Transfers transfers = new Transfers(Map.of(ZUS, ZUS_PBX), Set.of(ANNA, BOGDAN),
            Set.of(QueueCode.of("zdrowie")), log, clock);
    private final TransferContext context = new TransferContext(Optional.of("praca"), List.of("menu", "temat-praca"),
            "Pyta o emeryturę pomostową", List.of("emerytura-pomostowa"));

    @Test
    void sendsABlindTransferToTheOfficesDestinationAndStoresItFirst() {
        Transfer transfer = transfers.blind(CONTACT, ANNA, new TransferTarget.ToOffice(ZUS), context);
        assertThat(transfer.destination()).contains(ZUS_PBX);
        assertThat(transfer.context().notes()).isEqualTo("Pyta o emeryturę pomostową");
        assertThat(log.read(CONTACT)).containsExactly(new CallTransferred(CONTACT, clock.instant(), ANNA, "office:ZUS", false));
    }

    @Test
    void refusesAnOfficeWithoutAConfiguredDestination() {
        assertThatThrownBy(() -> transfers.blind(CONTACT, ANNA, new TransferTarget.ToOffice(OfficeCode.of("NFZ")), context))
                .isInstanceOf(NoOfficeDestination.class).hasMessageContaining("NFZ");
        assertThat(log.read(CONTACT)).isEmpty();
    }

    @Test
    void refusesUnknownAgentsAndQueuesAndTransfersToOneself() {
        assertThatThrownBy(() -> transfers.blind(CONTACT, ANNA, new TransferTarget.ToAgent(AgentId.of("nikt")), context))
                .isInstanceOf(UnknownTransferTarget.class);
        assertThatThrownBy(() -> transfers.blind(CONTACT, ANNA, new TransferTarget.ToQueue(QueueCode.of("brak")), context))
                .isInstanceOf(UnknownTransferTarget.class);
        assertThatThrownBy(() -> transfers.blind(CONTACT, ANNA, new TransferTarget.ToAgent(ANNA), context))
                .isInstanceOf(UnknownTransferTarget.class);
    }

    @Test
    void storesAnAttendedTransferOnlyWhenItIsCompleted() {
        Consultation consultation = transfers.consult(CONTACT, ANNA, new TransferTarget.ToAgent(BOGDAN), context);
        assertThat(log.read(CONTACT)).isEmpty();
        Transfer done = consultation.complete();
        assertThat(done.mode()).isEqualTo(TransferMode.ATTENDED);
        assertThat(consultation.state()).isEqualTo(ConsultationState.COMPLETED);
        assertThat(log.read(CONTACT)).containsExactly(new CallTransferred(CONTACT, clock.instant(), ANNA, "agent:bogdan", true));
    }

    @Test
    void storesNothingWhenTheConsultantReturnsToTheCaller() {
        Consultation consultation = transfers.consult(CONTACT, ANNA, new TransferTarget.ToQueue(QueueCode.of("zdrowie")), context);
        consultation.returnToCaller();
        assertThat(consultation.state()).isEqualTo(ConsultationState.RETURNED);
        assertThat(log.read(CONTACT)).isEmpty();
        assertThatThrownBy(consultation::complete).isInstanceOf(IllegalStateException.class).hasMessageContaining("RETURNED");
    }

    @Test
    void acceptsOnlySipAndTelDestinations() {
        assertThatThrownBy(() -> new OfficeDestination(ZUS, "http://zus.pl")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OfficeDestination(ZUS, "tel:+48224560000").uri()).isEqualTo("tel:+48224560000");
    }
}
