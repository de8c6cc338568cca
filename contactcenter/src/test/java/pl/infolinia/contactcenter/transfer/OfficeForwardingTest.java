package pl.infolinia.contactcenter.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.calendar.BusinessHours;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.calendar.OpeningPeriod;

class OfficeForwardingTest {

    private static final OfficeCode ZUS = OfficeCode.of("ZUS");
    private static final OfficeCode ZUS_ODDZIAL = OfficeCode.of("ZUS-KRK");
    private static final OfficeCode KAS = OfficeCode.of("KAS");
    private static final OfficeCalendar OFFICE_HOURS = OfficeCalendar.of(BusinessHours.weekdays(OpeningPeriod.of("08:00", "16:00")));
    private static final Instant TUESDAY_NOON = at("2026-04-07T12:00");
    private static final Instant TUESDAY_EVENING = at("2026-04-07T18:00");

    private final OfficeForwarding forwarding = new OfficeForwarding(Map.of(
            ZUS, Map.of(DeliveryProblem.BUSY, new Fallback.ToOffice(ZUS_ODDZIAL),
                    DeliveryProblem.NO_ANSWER, new Fallback.ToQueue(QueueCode.of("praca")),
                    DeliveryProblem.CLOSED, new Fallback.TakeMessage()),
            ZUS_ODDZIAL, Map.of(DeliveryProblem.CLOSED, new Fallback.TakeMessage()),
            KAS, Map.of(DeliveryProblem.CLOSED, new Fallback.ToOffice(KAS))),
            Map.of(ZUS, OFFICE_HOURS, ZUS_ODDZIAL, OFFICE_HOURS, KAS, OFFICE_HOURS));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(OfficeCalendar.WARSAW).toInstant();
    }

    @Test
    void followsTheOfficesRuleForEachProblem() {
        assertThat(forwarding.fallback(ZUS, DeliveryProblem.BUSY, TUESDAY_NOON)).isEqualTo(new Fallback.ToOffice(ZUS_ODDZIAL));
        assertThat(forwarding.fallback(ZUS, DeliveryProblem.NO_ANSWER, TUESDAY_NOON)).isEqualTo(new Fallback.ToQueue(QueueCode.of("praca")));
        assertThat(forwarding.fallback(ZUS, DeliveryProblem.CLOSED, TUESDAY_EVENING)).isEqualTo(new Fallback.TakeMessage());
    }

    @Test
    void skipsAFallbackOfficeThatIsClosedToo() {
        assertThat(forwarding.fallback(ZUS, DeliveryProblem.BUSY, TUESDAY_EVENING)).isEqualTo(new Fallback.TakeMessage());
    }

    @Test
    void sendsTheCallBackWithoutARuleOrWhenRulesLoop() {
        assertThat(forwarding.fallback(ZUS_ODDZIAL, DeliveryProblem.BUSY, TUESDAY_NOON)).isEqualTo(new Fallback.BackToSender());
        assertThat(forwarding.fallback(KAS, DeliveryProblem.CLOSED, TUESDAY_EVENING)).isEqualTo(new Fallback.BackToSender());
    }

    @Test
    void knowsWhetherAnOfficeIsOpen() {
        assertThat(forwarding.isOpen(ZUS, TUESDAY_NOON)).isTrue();
        assertThat(forwarding.isOpen(ZUS, at("2026-04-06T12:00"))).isFalse();
        assertThat(forwarding.isOpen(OfficeCode.of("BEZ-KALENDARZA"), TUESDAY_EVENING)).isTrue();
    }
}
