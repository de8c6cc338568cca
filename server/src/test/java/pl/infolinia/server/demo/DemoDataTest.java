package pl.infolinia.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeKind;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;

class DemoDataTest {

    private final List<Office> offices = DemoOffices.load();

    @Test
    void loadsTheChancelleryTheMinistriesAndTheVoivodeshipOffices() {
        Map<OfficeKind, Long> byKind = offices.stream()
                .collect(Collectors.groupingBy(Office::kind, Collectors.counting()));

        assertThat(offices).hasSize(34);
        assertThat(byKind).containsEntry(OfficeKind.CHANCELLERY, 1L).containsEntry(OfficeKind.MINISTRY, 17L)
                .containsEntry(OfficeKind.VOIVODESHIP_OFFICE, 16L);
        assertThat(offices).allSatisfy(office -> assertThat(office.transferTo()).isPresent());
    }

    @Test
    void givesEveryOfficeItsStaffAndTheFrontOfficeShortNames() {
        List<User> users = DemoUsers.forOffices(offices);
        Map<String, User> byName = users.stream()
                .collect(Collectors.toMap(user -> user.username().value(), Function.identity()));

        assertThat(users).hasSize(1 + 7 + 33 * 5);
        assertThat(byName.get("admin").roles()).containsExactly(Role.ADMIN);
        assertThat(byName.get("admin").office()).isEmpty();
        assertThat(byName).containsKeys("agent1", "agent4", "supervisor", "kbeditor", "officeadmin",
                "mc.agent1", "mc.agent2", "mc.supervisor", "mc.kbeditor", "mc.officeadmin", "zpuw.agent2");
        assertThat(byName.get("mc.supervisor").office()).hasValueSatisfying(
                office -> assertThat(office.value()).isEqualTo("MC"));
        assertThat(users).allSatisfy(user -> assertThat(user.demo()).isTrue());
    }
}
