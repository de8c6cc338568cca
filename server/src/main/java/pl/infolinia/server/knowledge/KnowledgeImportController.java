package pl.infolinia.server.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.importing.ImportReport;
import pl.infolinia.knowledge.importing.ImportScope;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeExport;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;

/**
 * The import page for knowledge-base editors: upload a ZIP in the import format, see every problem
 * with file, line and field, and import it all or nothing (or only check it). An office's editor
 * may change only that office's articles; the rest of the file must leave the knowledge base as it is.
 */
@Controller
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class KnowledgeImportController {

    private final KnowledgeBase knowledge;
    private final Auditor auditor;
    private final Clock clock;

    KnowledgeImportController(KnowledgeBase knowledge, Auditor auditor, Clock clock) {
        this.knowledge = knowledge;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping("/kb/import")
    String form() {
        return "kb/import";
    }

    /** The whole knowledge base, drafts included, in the import format as a ZIP. */
    @GetMapping("/kb/export")
    ResponseEntity<StreamingResponseBody> export() {
        KnowledgeContent content = knowledge.content();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"infolinia-kb.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> new KnowledgeExport().writeZip(content, out));
    }

    @PostMapping("/kb/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("fileName", Optional.ofNullable(file.getOriginalFilename()).orElse(""));
        if (file.isEmpty()) {
            model.addAttribute("problem", "kb.import.empty");
            return "kb/import";
        }
        // the upload is read from a temporary copy, removed whatever the outcome
        Path copy = temporaryCopy(file);
        try {
            ImportScope scope = scopeOf(me);
            ImportReport report = knowledge.checkImport(copy, scope);
            model.addAttribute("report", report);
            model.addAttribute("dryRun", dryRun);
            if (report.valid() && !dryRun) {
                List<ArticleVersion> written = knowledge.importFrom(copy,
                        new Edit(me.getUsername(), clock.instant(), "import " + file.getOriginalFilename()), scope).written();
                model.addAttribute("written", written.size());
                auditor.record(AuditAction.KB_IMPORTED, String.valueOf(file.getOriginalFilename()), me.office(),
                        written.size() + " of " + report.content().articles().size() + " articles new or changed");
            }
            return "kb/import";
        } finally {
            copy.toFile().delete();
        }
    }

    /** An administrator imports everything; an office's editor only changes to that office's articles. */
    private ImportScope scopeOf(SignedInUser me) {
        if (me.isAdmin()) {
            return ImportScope.everything();
        }
        return knowledge.officeScope(me.office().map(office -> new OfficeCode(office.value()))
                .orElseThrow(() -> new AccessDeniedException(me.getUsername() + " belongs to no office")));
    }

    private static Path temporaryCopy(MultipartFile file) {
        try {
            Path copy = Files.createTempFile("infolinia-import", ".zip");
            file.transferTo(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded import", e);
        }
    }
}
