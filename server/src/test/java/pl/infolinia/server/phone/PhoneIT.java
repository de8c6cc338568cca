package pl.infolinia.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Telephony;

/**
 * The browser phone's rules without a browser: only consultants have one, only their own, the
 * page registers only after choosing it, and nobody can steer another consultant's call.
 */
@InfoliniaTest
// the browser phone's application: registering a phone logs its consultant in, which other tests must not see
@TestPropertySource(properties = "infolinia.test.application=phone")
class PhoneIT {

    private static final Pattern RING = Pattern.compile("event:ring\\s*data:\\{[^}]*\"id\":\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    Telephony telephony;

    @Test
    void theBrowserPhoneIsForSignedInConsultantsOnly() throws Exception {
        mvc.perform(get("/phone/choice")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/phone/events")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/phone/choice").with(user(as("kbeditor")))).andExpect(status().isForbidden());
        mvc.perform(post("/phone/choice").param("phone", "BROWSER").with(user(as("kbeditor"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theChoiceIsTheConsultantsOwnAndABadOneChangesNothing() throws Exception {
        mvc.perform(get("/phone/choice").with(user(as("agent3")))).andExpect(jsonPath("$.phone").value("SIP"));
        mvc.perform(get("/phone/events").with(user(as("agent3")))).andExpect(status().isConflict());
        mvc.perform(post("/phone/choice").param("phone", "BROWSER").with(user(as("agent3"))))
                .andExpect(status().isForbidden()); // no CSRF token: another site cannot switch it
        mvc.perform(post("/phone/choice").param("phone", "PSTN").with(user(as("agent3"))).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/phone/choice").with(user(as("agent3")))).andExpect(jsonPath("$.phone").value("SIP"));

        mvc.perform(post("/phone/choice").param("phone", "BROWSER").with(user(as("agent3"))).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/phone/choice").with(user(as("agent3")))).andExpect(jsonPath("$.phone").value("BROWSER"));
        mvc.perform(get("/phone/choice").with(user(as("agent1")))).andExpect(jsonPath("$.phone").value("SIP"));
        mvc.perform(post("/phone/choice").param("phone", "SIP").with(user(as("agent3"))).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void aRegisteredPageRingsAndOnlyItsConsultantCanAnswerOrDecline() throws Exception {
        mvc.perform(post("/phone/choice").param("phone", "BROWSER").with(user(as("agent4"))).with(csrf()))
                .andExpect(status().isNoContent());
        MvcResult page = mvc.perform(get("/phone/events").with(user(as("agent4"))))
                .andExpect(request().asyncStarted()).andReturn();
        await().atMost(Duration.ofSeconds(5)).until(() -> telephony.endpoint("agent4").isPresent());

        CompletableFuture<Object> dialled = CompletableFuture.supplyAsync(
                () -> telephony.dial("agent4", "48600100399", Duration.ofSeconds(20)));
        String call = await().atMost(Duration.ofSeconds(10)).until(
                () -> ring(page.getResponse().getContentAsString()), id -> id != null);
        assertThat(page.getResponse().getContentAsString()).contains("48600100399", "a=ice-lite", "a=fingerprint:sha-256");

        mvc.perform(post("/phone/calls/" + call + "/hangup").with(user(as("agent3"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/phone/calls/" + call + "/answer").contentType(MediaType.TEXT_PLAIN)
                .content("v=0\r\nm=audio 9 RTP/AVP 0\r\n").with(user(as("agent4"))).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(dialled).as("a refused answer leaves the call ringing").isNotDone();

        mvc.perform(post("/phone/calls/" + call + "/decline").with(user(as("agent4"))).with(csrf()))
                .andExpect(status().isNoContent());
        assertThatThrownBy(dialled::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(CallNotAnswered.class);

        mvc.perform(post("/phone/choice").param("phone", "SIP").with(user(as("agent4"))).with(csrf()))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(5)).until(() -> telephony.endpoint("agent4").isEmpty());
    }

    @Test
    void aSecondPageTakesThePhoneOverAndEachDismissedPageIsToldWhy() throws Exception {
        mvc.perform(post("/phone/choice").param("phone", "BROWSER").with(user(as("agent3"))).with(csrf()))
                .andExpect(status().isNoContent());
        MvcResult first = mvc.perform(get("/phone/events").with(user(as("agent3"))))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult second = mvc.perform(get("/phone/events").with(user(as("agent3"))))
                .andExpect(request().asyncStarted()).andReturn();

        assertThat(first.getResponse().getContentAsString()).contains("event:dismissed", "\"reason\":\"replaced\"");
        assertThat(second.getResponse().getContentAsString()).contains("event:registered").doesNotContain("dismissed");
        assertThat(telephony.endpoint("agent3")).hasValueSatisfying(e -> assertThat(e.contacts()).hasSize(1));

        mvc.perform(post("/phone/choice").param("phone", "SIP").with(user(as("agent3"))).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(second.getResponse().getContentAsString()).contains("\"reason\":\"unregistered\"");
        assertThat(telephony.endpoint("agent3")).isEmpty();
    }

    private static String ring(String stream) {
        Matcher found = RING.matcher(stream);
        return found.find() ? found.group(1) : null;
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }
}
