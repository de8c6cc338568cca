package pl.infolinia.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.server.support.InfoliniaTest;

/** The desk's rules without a browser: who may use it, what a wrap-up must hold, and the offices' notes policy. */
@InfoliniaTest
class DeskIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final String TOPIC = "Dokumenty i dane osobowe › Dowód osobisty";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog log;

    @Autowired
    UserDetailsService details;

    @Autowired
    TransferDirectory directory;

    @Test
    void theDeskIsForConsultantsAndSupervisors() throws Exception {
        mvc.perform(get("/desk").with(user(as("agent3")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Pulpit konsultanta")));
        mvc.perform(get("/desk").with(user(as("supervisor")))).andExpect(status().isOk());
        mvc.perform(get("/desk").with(user(as("kbeditor")))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/live")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aTransferGoesOnlyWhereTheDirectoryOffers() {
        List<String> offered = directory.all().stream().map(TransferTarget::address).toList();

        assertThat(offered).contains("queue:praca", "queue:dokumenty")
                .allSatisfy(address -> assertThat(directory.contains(address)).as(address).isTrue());
        for (String elsewhere : List.of("queue:nieznana", "office:NOPE", "office:", "office:<b>", "agent:nikt",
                "agent:", "sip:oszust@203.0.113.9", "praca", "", ":")) {
            assertThat(directory.contains(elsewhere)).as(elsewhere).isFalse();
        }
    }

    @Test
    void aWrapUpIsKeptOnlyForTheConsultantsOwnCallWithAKnownTopicAndItsNotesAsTyped() throws Exception {
        ContactId contact = answeredBy("agent3");
        String injected = "<script>alert('x')</script> obywatel prosi o kontakt";

        wrapUp("agent4", contact, TOPIC, "ANSWERED", "", "cudza rozmowa", "To nie jest Twoja rozmowa.");
        wrapUp("agent3", contact, "Nie ma takiego tematu", "ANSWERED", "", "x", "Wybierz temat z listy.");
        wrapUp("agent3", contact, TOPIC, "WON", "", "x", "Wybierz wynik rozmowy.");
        wrapUp("agent3", contact, TOPIC, "TRANSFERRED_TO_OFFICE", "NIEMA", "x", "Przy przekazaniu wybierz urząd z listy.");
        wrapUp("agent3", contact, TOPIC, "ANSWERED", "", "x".repeat(2001), "Notatki mogą mieć najwyżej 2000 znaków.");
        assertThat(classifications(contact)).as("refused wrap-ups keep nothing").isEmpty();

        wrapUp("agent3", contact, TOPIC, "CALLBACK_NEEDED", "", injected, "Podsumowanie zapisane.");
        assertThat(classifications(contact)).singleElement().satisfies(kept -> {
            assertThat(kept.topic()).isEqualTo(TOPIC);
            assertThat(kept.notes()).isEqualTo(injected);
            assertThat(kept.agentId()).isEqualTo(AgentId.of("agent3"));
        });
    }

    @Test
    void anOfficesAdministratorSetsWhetherNotesAreRequired() throws Exception {
        mvc.perform(get("/api/offices/KPRM/desk-policy").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notesRequired").isBoolean());
        mvc.perform(put("/api/offices/KPRM/desk-policy").with(httpBasic("agent1", PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"notesRequired\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/offices/KPRM/desk-policy").with(httpBasic("mc.officeadmin", PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"notesRequired\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/offices/MC/desk-policy").with(httpBasic("mc.officeadmin", PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/offices/MC/desk-policy").with(httpBasic("mc.officeadmin", PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"notesRequired\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notesRequired").value(true));
        mvc.perform(get("/api/offices/MC/desk-policy").with(httpBasic("mc.agent1", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notesRequired").value(true));
        mvc.perform(get("/api/offices/NIEMA/desk-policy").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }

    /** A contact the consultant answered, as the event store has it. */
    private ContactId answeredBy(String agent) {
        ContactId contact = ContactId.random();
        Instant now = Instant.now();
        log.append(new CallArrived(contact, now, "48500" + Math.abs(contact.hashCode() % 10000), "infolinia"));
        log.append(new CallQueued(contact, now, QueueCode.of("dokumenty"), OfficeCode.of("KPRM"), 0));
        log.append(new CallAnswered(contact, now, QueueCode.of("dokumenty"), AgentId.of(agent), Duration.ofSeconds(12)));
        return contact;
    }

    private void wrapUp(String agent, ContactId contact, String topic, String outcome, String office, String notes,
            String message) throws Exception {
        mvc.perform(post("/desk/wrapup").with(user(as(agent))).with(csrf())
                        .param("contact", contact.value()).param("topic", topic).param("outcome", outcome)
                        .param("office", office).param("notes", notes))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
    }

    private List<ContactClassified> classifications(ContactId contact) {
        List<ContactEvent> events = log.read(contact);
        return events.stream().filter(ContactClassified.class::isInstance).map(ContactClassified.class::cast).toList();
    }
}
