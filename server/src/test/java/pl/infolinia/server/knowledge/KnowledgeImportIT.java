package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.importing.KnowledgeExport;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/** The import page: every problem reported, nothing changed on any; a valid import applied and searchable. */
@InfoliniaTest
class KnowledgeImportIT {

    private static final Path DEMO = Path.of("../knowledge/src/main/resources/demo/kb");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    AuditLog audit;

    @Test
    void aBrokenImportListsItsProblemsAndChangesNothing() throws Exception {
        String before = knowledge.article(new ArticleId("paszport-wydanie")).orElseThrow().title();
        byte[] zip = demoZip(path -> path.endsWith("paszport-wydanie.md") ? text -> text.replaceFirst(
                "(?m)^title: .*$", "title: Nowy tytuł paszportu") : path.endsWith("becikowe.md")
                ? text -> text.replaceFirst("(?m)^office: .*$", "office: NOPE") : UnaryOperator.identity());

        mvc.perform(upload(zip, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nic nie zostało zmienione")))
                .andExpect(content().string(containsString("articles/becikowe.md")))
                .andExpect(content().string(containsString("NOPE")));

        assertThat(knowledge.article(new ArticleId("paszport-wydanie")).orElseThrow().title()).isEqualTo(before);
    }

    @Test
    void aDryRunChangesNothingAndTheRealImportIsSearchableAtOnce() throws Exception {
        byte[] zip = demoZip(path -> path.endsWith("kredyt-studencki.md")
                ? text -> text.replaceFirst("(?m)^title: .*$", "title: Kredyt studencki z dopłatą do odsetek wombat")
                : UnaryOperator.identity());

        mvc.perform(upload(zip, true, "admin")).andExpect(content().string(containsString("nic nie zostało zmienione")));
        assertThat(knowledge.article(new ArticleId("kredyt-studencki")).orElseThrow().title()).doesNotContain("wombat");

        // other tests of the shared application edit demo articles, which the import brings back too
        mvc.perform(upload(zip, false, "admin")).andExpect(content().string(containsString("Zaimportowano: ")));
        assertThat(knowledge.search(SearchRequest.of("wombat")).hits())
                .extracting(hit -> hit.id().value()).containsExactly("kredyt-studencki");
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.KB_IMPORTED);
            assertThat(entry.actor()).isEqualTo("admin");
        });
    }

    @Test
    void anOfficesEditorImportsTheExportWithTheirArticleChangedButNotAnotherOfficesArticle() throws Exception {
        // KPRM's editor takes the whole knowledge base as exported and brings it back
        String mine = "alerty-rcb";
        String theirs = "kredyt-studencki";
        String theirTitle = knowledge.article(new ArticleId(theirs)).orElseThrow().title();

        byte[] both = exportedZip(path -> path.endsWith(mine + ".md") || path.endsWith(theirs + ".md")
                ? text -> text.replaceFirst("(?m)^title: .*$", "title: Zmieniony tytuł kapibara") : UnaryOperator.identity());
        mvc.perform(upload(both, false, "kbeditor"))
                .andExpect(content().string(containsString("Nic nie zostało zmienione")))
                .andExpect(content().string(containsString("articles/" + theirs + ".md")))
                .andExpect(content().string(containsString("of office MNISW")));
        assertThat(knowledge.article(new ArticleId(theirs)).orElseThrow().title()).isEqualTo(theirTitle);
        assertThat(knowledge.article(new ArticleId(mine)).orElseThrow().title()).doesNotContain("kapibara");

        byte[] own = exportedZip(path -> path.endsWith(mine + ".md")
                ? text -> text.replaceFirst("(?m)^title: .*$", "title: Alerty RCB kapibara") : UnaryOperator.identity());
        mvc.perform(upload(own, false, "kbeditor")).andExpect(content().string(containsString("Zaimportowano: 1 ")));
        assertThat(knowledge.article(new ArticleId(mine)).orElseThrow().title()).isEqualTo("Alerty RCB kapibara");
    }

    @Test
    void garbageIsReportedNotCrashedOn() throws Exception {
        mvc.perform(multipart("/kb/import").file(new MockMultipartFile("file", "notes.zip", "application/zip",
                        "this is not a zip".getBytes(StandardCharsets.UTF_8))).with(csrf())
                        .with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nic nie zostało zmienione")));
    }

    @Test
    void onlyEditorsAndAdministratorsImport() throws Exception {
        mvc.perform(multipart("/kb/import").file(new MockMultipartFile("file", "kb.zip", "application/zip", new byte[10]))
                        .with(csrf()).with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isForbidden());
    }

    private RequestBuilder upload(byte[] zip, boolean dryRun) {
        return upload(zip, dryRun, "kbeditor");
    }

    private RequestBuilder upload(byte[] zip, boolean dryRun, String username) {
        return multipart("/kb/import")
                .file(new MockMultipartFile("file", "kb.zip", "application/zip", zip))
                .param("dryRun", Boolean.toString(dryRun)).with(csrf())
                .with(user(details.loadUserByUsername(username)));
    }

    /** The knowledge base as it is now, exported, each file's text passed through the edit chosen for its path. */
    private byte[] exportedZip(Function<String, UnaryOperator<String>> edits) throws IOException {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        new KnowledgeExport().writeZip(knowledge.content(), exported);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(exported.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(edits.apply(entry.getName()).apply(text).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The demo knowledge base as a ZIP, each file's text passed through the edit chosen for its path. */
    private static byte[] demoZip(Function<String, UnaryOperator<String>> edits) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(DEMO)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = DEMO.relativize(file).toString();
                zip.putNextEntry(new ZipEntry(name));
                zip.write(edits.apply(name).apply(Files.readString(file)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
