package pl.infolinia.contactcenter.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.contact.ContactId;

class QueueLineTest {

    private static final Instant T = Instant.parse("2026-04-07T08:00:00Z");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private final WaitingCall first = call("c1", 0, 1);
    private final WaitingCall second = call("c2", 0, 2);
    private final WaitingCall urgent = call("c3", 2, 3);

    private static WaitingCall call(String contact, int priority, long order) {
        return new WaitingCall(ContactId.of(contact), DOKUMENTY, priority, order, T);
    }

    @Test
    void servesHigherPriorityFirstThenFirstCome() {
        QueueLine line = new QueueLine();
        line.add(second);
        line.add(first);
        line.add(urgent);
        assertThat(line.after(null)).isSameAs(urgent);
        assertThat(line.after(urgent)).isSameAs(first);
        assertThat(line.after(first)).isSameAs(second);
        assertThat(line.after(second)).isNull();
        assertThat(line.placeOf(second)).isEqualTo(3);
    }

    @Test
    void aCallLeavingMovesEveryoneBehindItUp() {
        QueueLine line = new QueueLine();
        line.add(first);
        line.add(second);
        line.add(first);
        line.remove(first);
        line.remove(first);
        assertThat(line.placeOf(second)).isEqualTo(1);
        assertThat(line.after(null)).isSameAs(second);
    }

    @Test
    void anEmptyLineHasNoNextCall() {
        assertThat(new QueueLine().after(null)).isNull();
    }
}
