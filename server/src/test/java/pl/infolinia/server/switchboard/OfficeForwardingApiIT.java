package pl.infolinia.server.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.transfer.DeliveryProblem;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Offices' forwarding rules through the API: set by the office's administrator, checked, audited,
 * and what the switchboard follows when the office's line is busy or does not answer.
 */
@InfoliniaTest
class OfficeForwardingApiIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServerOfficeLines lines;

    @Test
    void theOfficesAdministratorSetsRulesTheSwitchboardFollows() throws Exception {
        setRules("officeadmin", "KPRM", "{\"NO_ANSWER\": \"queue:inne\", \"BUSY\": \"office:MC\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.NO_ANSWER").value("queue:inne")).andExpect(jsonPath("$.BUSY").value("office:MC"));
        mvc.perform(get("/api/offices/KPRM/forwarding").with(httpBasic("agent1", PASSWORD)))
                .andExpect(jsonPath("$.BUSY").value("office:MC"));
        mvc.perform(get("/api/audit").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$[*].action", hasItem("OFFICE_CHANGED")));

        assertThat(lines.fallback(OfficeCode.of("KPRM"), DeliveryProblem.NO_ANSWER))
                .isEqualTo(new Fallback.ToQueue(QueueCode.of("inne")));
        assertThat(lines.fallback(OfficeCode.of("KPRM"), DeliveryProblem.BUSY))
                .isEqualTo(new Fallback.ToOffice(OfficeCode.of("MC")));
        assertThat(lines.fallback(OfficeCode.of("MF"), DeliveryProblem.BUSY)).isEqualTo(new Fallback.BackToSender());
    }

    @Test
    void refusesRulesThatCannotWorkAndOtherOfficesAdministrators() throws Exception {
        setRules("mc.officeadmin", "KPRM", "{\"BUSY\": \"message\"}").andExpect(status().isForbidden());
        setRules("supervisor", "KPRM", "{\"BUSY\": \"message\"}").andExpect(status().isForbidden());
        setRules("officeadmin", "KPRM", "{\"LUNCH\": \"message\"}").andExpect(status().isBadRequest());
        setRules("officeadmin", "KPRM", "{\"BUSY\": \"sip:+48600100200@example.org\"}")
                .andExpect(status().isBadRequest());
        setRules("officeadmin", "KPRM", "{\"BUSY\": \"office:KPRM\"}").andExpect(status().isUnprocessableContent());
        setRules("officeadmin", "KPRM", "{\"BUSY\": \"queue:nie-ma-takiej\"}")
                .andExpect(status().isUnprocessableContent());
        setRules("admin", "NOPE", "{\"BUSY\": \"message\"}").andExpect(status().isNotFound());
    }

    @Test
    void outsideItsOwnHoursAnOfficeIsClosedAndItsClosedRuleApplies() throws Exception {
        setRules("mf.officeadmin", "MF", "{\"CLOSED\": \"queue:inne\"}").andExpect(status().isOk());
        setHours("mf.officeadmin", "MF", "{\"hours\": \"mon-fri 08:00-16:00 closed 2026-12-23\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours").value("mon-fri 08:00-16:00 closed 2026-12-23"));
        OfficeCode mf = OfficeCode.of("MF");
        assertThat(lines.isOpen(mf, Instant.parse("2026-12-22T10:00:00Z"))).as("Tuesday 11:00 in Warsaw").isTrue();
        assertThat(lines.isOpen(mf, Instant.parse("2026-12-22T16:00:00Z"))).as("Tuesday 17:00").isFalse();
        assertThat(lines.isOpen(mf, Instant.parse("2026-12-23T10:00:00Z"))).as("an extra closed day").isFalse();
        assertThat(lines.isOpen(mf, Instant.parse("2026-12-25T10:00:00Z"))).as("Christmas").isFalse();
        assertThat(lines.isOpen(OfficeCode.of("MZ"), Instant.parse("2026-12-25T10:00:00Z")))
                .as("an office without hours").isTrue();
        assertThat(lines.fallback(mf, DeliveryProblem.CLOSED)).isEqualTo(new Fallback.ToQueue(QueueCode.of("inne")));

        setHours("mf.officeadmin", "MF", "{\"hours\": \"po-pt 8-16\"}").andExpect(status().isBadRequest());
        setHours("mc.officeadmin", "MF", "{\"hours\": \"always\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/offices/MF/hours").with(httpBasic("mf.agent1", PASSWORD)))
                .andExpect(jsonPath("$.hours").value("mon-fri 08:00-16:00 closed 2026-12-23"));
        setHours("mf.officeadmin", "MF", "{\"hours\": \"\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.hours").doesNotExist());
        assertThat(lines.isOpen(mf, Instant.parse("2026-12-22T16:00:00Z"))).as("hours removed: always open").isTrue();
    }

    private ResultActions setHours(String who, String office, String body) throws Exception {
        return mvc.perform(put("/api/offices/" + office + "/hours").with(httpBasic(who, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions setRules(String who, String office, String body) throws Exception {
        return mvc.perform(put("/api/offices/" + office + "/forwarding").with(httpBasic(who, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
