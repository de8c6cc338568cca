package pl.infolinia.server.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.server.support.InfoliniaTest;

/** The contacts API reads the event store, newest first, and keeps each office to its own contacts. */
@InfoliniaTest
class ContactApiIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog events;

    private ContactId kprmCall;
    private ContactId mcCall;

    @BeforeEach
    void twoCallsToTwoOffices() {
        kprmCall = call("KPRM", "48111000111", Instant.parse("2026-05-04T10:00:00Z"));
        mcCall = call("MC", "48222000222", Instant.parse("2026-05-04T10:05:00Z"));
    }

    private ContactId call(String office, String caller, Instant at) {
        ContactId contact = ContactId.random();
        events.append(new CallArrived(contact, at, caller, "infolinia"));
        events.append(new CallQueued(contact, at.plusSeconds(8), new QueueCode("dokumenty"), new OfficeCode(office), 0));
        return contact;
    }

    @Test
    void showsAContactsWholePathInOrder() throws Exception {
        mvc.perform(get("/api/contacts/" + kprmCall.value()).with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].type", contains("CallArrived", "CallQueued")))
                .andExpect(jsonPath("$.events[0].event.caller").value("48111000111"));
    }

    @Test
    void listsOnlyTheOwnOfficesContactsNewestFirst() throws Exception {
        mvc.perform(get("/api/contacts").param("from", "2026-05-04T00:00:00Z").param("to", "2026-05-05T00:00:00Z")
                        .with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(kprmCall.value())))
                .andExpect(jsonPath("$[*].id", not(hasItem(mcCall.value()))));
        mvc.perform(get("/api/contacts").param("caller", "48222000222").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$[0].id").value(mcCall.value()));
    }

    @Test
    void refusesAnotherOfficesContact() throws Exception {
        mvc.perform(get("/api/contacts/" + mcCall.value()).with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/contacts").param("office", "MC").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/contacts/no-such-contact").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/contacts")).andExpect(status().isUnauthorized());
    }
}
