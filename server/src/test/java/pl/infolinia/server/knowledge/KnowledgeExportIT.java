package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.importing.ImportReport;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.server.support.InfoliniaTest;

/** The export page gives the knowledge base as a ZIP that imports back to the same knowledge base. */
@InfoliniaTest
class KnowledgeExportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    KnowledgeBase knowledge;

    @TempDir
    Path folder;

    @Test
    void theExportedZipImportsBackToTheSameKnowledgeBase() throws Exception {
        KnowledgeContent now = knowledge.content();
        MvcResult started = mvc.perform(get("/kb/export").with(user(details.loadUserByUsername("kbeditor")))).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Path file = Files.write(folder.resolve("kb.zip"), zip);

        ImportReport again = new KnowledgeImport().check(file);

        // articles saved straight through KnowledgeBase by other tests may hold HTML an import refuses
        assertThat(again.problems()).allSatisfy(problem -> assertThat(problem.message()).contains("not allowed"));
        assertThat(again.content()).isEqualTo(now);
    }

    @Test
    void agentsCannotExport() throws Exception {
        mvc.perform(get("/kb/export").with(user(details.loadUserByUsername("agent1")))).andExpect(status().isForbidden());
    }
}
