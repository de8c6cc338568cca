package pl.infolinia.server.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;

/**
 * A call's recording as the archive serves it: the archive takes a finished recording from the
 * switchboard's folder within seconds, so tests read it back through {@code /api/recordings}.
 */
public final class ArchivedRecordings {

    private ArchivedRecordings() {
    }

    /** The recording of the contact, waiting up to 30 s for the archive; read as the administrator. */
    public static WavAudio of(MockMvc mvc, String contact) {
        String found = await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get("/api/recordings")
                        .with(httpBasic("admin", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse()
                .getContentAsString(), json -> JsonPath.<List<String>>read(json, "$[*].contact").contains(contact));
        String recording = JsonPath.<List<String>>read(found, "$[?(@.contact == '" + contact + "')].id").getFirst();
        try {
            return WavReader.read(mvc.perform(get("/api/recordings/" + recording + "/audio")
                    .with(httpBasic("admin", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse()
                    .getContentAsByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("recording " + recording + " of " + contact + " could not be read", e);
        }
    }
}
