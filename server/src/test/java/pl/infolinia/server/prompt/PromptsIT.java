package pl.infolinia.server.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.support.InfoliniaTest;

/** An office administrator replaces a shipped prompt with the office's own recording, and takes it back. */
@InfoliniaTest
class PromptsIT {

    private static final OfficeCode KPRM = new OfficeCode("KPRM");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    OfficePrompts files;

    @Autowired
    ShippedPrompts shipped;

    @Autowired
    AuditLog audit;

    /** The application is shared with the hotline's call tests: they hear the shipped prompts again. */
    @AfterEach
    void removeTheRecordingsUploaded() {
        for (String name : shipped.names()) {
            files.remove(KPRM, name);
        }
    }

    @Test
    void aTelephoneWavIsStoredWhereCallsLookAndServedBack() throws Exception {
        byte[] wav = Wavs.tone(8000, 1, Wavs.PCM, 16);

        mvc.perform(multipart("/prompts/KPRM/powitanie").file(file("powitanie-kprm.wav", wav)).with(csrf())
                        .with(user(as("officeadmin"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/prompts/KPRM/powitanie"));

        Path stored = files.file(KPRM, "powitanie");
        assertThat(stored.toString().replace('\\', '/')).matches(".*target/test-data/t_[0-9a-f]+/prompts/offices/KPRM/powitanie\\.wav");
        assertThat(Files.readAllBytes(stored)).isEqualTo(wav);
        assertThat(stored.getParent()).isDirectoryNotContaining("glob:**.part");
        mvc.perform(get("/prompts/KPRM/powitanie/audio").with(user(as("officeadmin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/wav"))
                .andExpect(content().bytes(wav));
        mvc.perform(get("/prompts/KPRM").with(user(as("officeadmin"))))
                .andExpect(content().string(containsString("/prompts/KPRM/powitanie/audio")));
        assertThat(audit.recent(Optional.of(KPRM), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PROMPT_UPLOADED);
            assertThat(entry.details()).startsWith("8000 Hz, mono, 16-bit PCM; 0.5 s");
        });
    }

    @Test
    void muLawAndALawAreAcceptedToo() throws Exception {
        for (int tag : new int[] {Wavs.MULAW, Wavs.ALAW}) {
            mvc.perform(multipart("/prompts/KPRM/brak-wyboru").file(file("g711.wav", Wavs.tone(8000, 1, tag, 8)))
                            .with(csrf()).with(user(as("admin"))))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(files.own(KPRM, "brak-wyboru")).isPresent();
    }

    @Test
    void anMp3IsRefusedSayingWhatItIsAndHowToConvertIt() throws Exception {
        byte[] mp3 = ("ID3" + "\u0004\u0000\u0000\u0000\u0000\u0000\u0000").getBytes(StandardCharsets.ISO_8859_1);

        refused("nagranie.mp3", mp3)
                .andExpect(content().string(containsString("To jest plik MP3")))
                .andExpect(content().string(containsString("sox nagranie.mp3 -r 8000 -c 1 -e signed -b 16 niepoprawny-wybor.wav")));
    }

    @Test
    void aCdQualityStereoWavIsRefusedWithItsFormat() throws Exception {
        refused("studio.wav", Wavs.tone(44100, 2, Wavs.PCM, 16))
                .andExpect(content().string(containsString("To jest plik WAV 44100 Hz, stereo, 16-bit PCM")))
                .andExpect(content().string(containsString("8000 Hz, mono")));
    }

    @Test
    void aTextFileNamedWavIsRefused() throws Exception {
        refused("powitanie.wav", "Dzień dobry, to tylko tekst.\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("To jest plik tekstowy, nie nagranie")));
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(Wavs.tone(8000, 1, Wavs.PCM, 16), (int) RecordingCheck.MAX_BYTES + 1);

        refused("dlugie.wav", big).andExpect(content().string(containsString("najwyżej 5 MB")));
    }

    @Test
    void anUnknownPromptNameIsRefused() throws Exception {
        byte[] wav = Wavs.tone(8000, 1, Wavs.PCM, 16);
        for (String name : new String[] {"nie-ma-takiej", "Powitanie", "powitanie.wav"}) {
            mvc.perform(multipart("/prompts/KPRM/" + name).file(file("x.wav", wav)).with(csrf())
                    .with(user(as("officeadmin")))).andExpect(status().isNotFound());
        }
        // the firewall refuses dot segments and encoded slashes before any controller sees them
        mvc.perform(multipart("/prompts/KPRM/../powitanie").file(file("x.wav", wav)).with(csrf())
                .with(user(as("officeadmin")))).andExpect(status().is4xxClientError());
        mvc.perform(get("/prompts/KPRM/..%2F..%2Fetc/audio").with(user(as("officeadmin"))))
                .andExpect(status().is4xxClientError());
        try (var stored = Files.list(files.file(KPRM, "x").getParent().getParent())) {
            assertThat(stored.map(path -> path.getFileName().toString())).doesNotContain("powitanie.wav");
        } catch (java.nio.file.NoSuchFileException nothingStoredYet) {
            // no office has a recording: nothing was stored either
        }
    }

    @Test
    void anotherOfficesAdministratorIsRefused() throws Exception {
        byte[] wav = Wavs.tone(8000, 1, Wavs.PCM, 16);

        mvc.perform(multipart("/prompts/KPRM/poza-godzinami").file(file("x.wav", wav)).with(csrf())
                .with(user(as("mc.officeadmin")))).andExpect(status().isForbidden());
        mvc.perform(get("/prompts/KPRM").with(user(as("mc.officeadmin")))).andExpect(status().isForbidden());
        mvc.perform(get("/prompts/KPRM/poza-godzinami/audio").with(user(as("mc.officeadmin"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/prompts").param("office", "KPRM").with(user(as("mc.officeadmin"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/prompts/MC").with(user(as("agent1")))).andExpect(status().isForbidden());

        assertThat(files.own(KPRM, "poza-godzinami")).isEmpty();
        mvc.perform(get("/prompts").with(user(as("mc.officeadmin")))).andExpect(redirectedUrl("/prompts/MC"));
    }

    @Test
    void removingTheOfficesRecordingBringsBackTheShippedPrompt() throws Exception {
        mvc.perform(multipart("/prompts/KPRM/menu-glowne").file(file("menu.wav", Wavs.tone(8000, 1, Wavs.PCM, 16)))
                .with(csrf()).with(user(as("officeadmin")))).andExpect(status().is3xxRedirection());
        assertThat(files.own(KPRM, "menu-glowne")).isPresent();

        mvc.perform(post("/prompts/KPRM/menu-glowne/remove").with(csrf()).with(user(as("officeadmin"))))
                .andExpect(status().is3xxRedirection());

        assertThat(files.own(KPRM, "menu-glowne")).isEmpty();
        mvc.perform(get("/prompts/KPRM/menu-glowne/audio").with(user(as("officeadmin"))))
                .andExpect(content().bytes(shipped.wav("menu-glowne")));
        mvc.perform(get("/prompts/KPRM/menu-glowne").with(user(as("officeadmin"))))
                .andExpect(content().string(containsString("nagranie dostarczone z Infolinią")));
        assertThat(audit.recent(Optional.of(KPRM), 20)).anySatisfy(entry ->
                assertThat(entry.action()).isEqualTo(AuditAction.PROMPT_REMOVED));
    }

    private org.springframework.test.web.servlet.ResultActions refused(String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/prompts/KPRM/niepoprawny-wybor").file(file(fileName, bytes)).with(csrf())
                        .with(user(as("officeadmin"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nie wgrano nagrania")))
                .andDo(result -> assertThat(files.own(KPRM, "niepoprawny-wybor")).isEmpty());
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "audio/wav", bytes);
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }
}
