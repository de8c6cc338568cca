package pl.infolinia.server.prompt;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;
import pl.infolinia.telephony.media.WavAudio;

/**
 * An office's prompts: the shipped ones with their text, listened to in the browser, replaced by
 * the office's own recording or returned to the shipped one. Office administrators manage their
 * own office; ADMIN chooses the office.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
class PromptController {

    private static final MediaType WAV = MediaType.parseMediaType("audio/wav");
    // the refusals a conversion with sox fixes; the message then ends with the command
    private static final Set<String> CONVERTIBLE = Set.of("prompts.refused.notWav", "prompts.refused.unreadable",
            "prompts.refused.format", "prompts.refused.tooLarge");
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");

    private final ShippedPrompts shipped;
    private final OfficePrompts files;
    private final Offices offices;
    private final OfficeAccess access;
    private final Auditor auditor;
    private final MessageSource messages;

    PromptController(ShippedPrompts shipped, OfficePrompts files, Offices offices, OfficeAccess access, Auditor auditor,
            MessageSource messages) {
        this.shipped = shipped;
        this.files = files;
        this.offices = offices;
        this.access = access;
        this.auditor = auditor;
        this.messages = messages;
    }

    @GetMapping("/prompts")
    String start(@RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        Optional<OfficeCode> scope = access.managedScope(me, office.filter(OfficeCode::isValid).map(OfficeCode::new));
        // ADMIN belongs to no office: show the first until they choose
        OfficeCode shown = scope.or(() -> offices.all().stream().findFirst().map(Office::code))
                .orElseThrow(() -> new NotFound("office"));
        redirect.addAttribute("office", shown.value());
        return "redirect:/prompts/{office}";
    }

    @GetMapping("/prompts/{office}")
    String list(@PathVariable String office, @AuthenticationPrincipal SignedInUser me, Model model) {
        OfficeCode code = managed(office, me);
        model.addAttribute("office", code.value());
        model.addAttribute("offices", offices.all());
        model.addAttribute("prompts", shipped.names().stream()
                .map(name -> new PromptRow(name, shipped.text(name), files.own(code, name).isPresent())).toList());
        return "prompts/list";
    }

    @GetMapping("/prompts/{office}/{name}")
    String prompt(@PathVariable String office, @PathVariable String name, @AuthenticationPrincipal SignedInUser me,
            Model model) {
        OfficeCode code = managed(office, me);
        return promptPage(code, shipped(name), model);
    }

    /** The WAV callers of the office hear ({@code shipped=true}: the one Infolinia ships). */
    @GetMapping("/prompts/{office}/{name}/audio")
    ResponseEntity<byte[]> audio(@PathVariable String office, @PathVariable String name,
            @RequestParam(defaultValue = "false") boolean shipped, @AuthenticationPrincipal SignedInUser me) {
        OfficeCode code = managed(office, me);
        String prompt = shipped(name);
        byte[] wav = shipped ? this.shipped.wav(prompt)
                : files.own(code, prompt).map(PromptController::read).orElseGet(() -> this.shipped.wav(prompt));
        return ResponseEntity.ok().contentType(WAV).cacheControl(CacheControl.noStore()).body(wav);
    }

    @PostMapping("/prompts/{office}/{name}")
    String upload(@PathVariable String office, @PathVariable String name, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        OfficeCode code = managed(office, me);
        String prompt = shipped(name);
        try {
            if (file.getSize() > RecordingCheck.MAX_BYTES) {
                throw new UnsuitableRecording("prompts.refused.tooLarge", RecordingCheck.megabytes(file.getSize()));
            }
            byte[] wav = file.getBytes();
            WavAudio audio = RecordingCheck.check(wav);
            files.save(code, prompt, wav);
            auditor.record(AuditAction.PROMPT_UPLOADED, "prompt " + prompt, Optional.of(code),
                    RecordingCheck.describe(audio.format()) + "; " + audio.duration().toMillis() / 100 / 10.0 + " s; "
                            + wav.length / 1024 + " KB; from " + uploadedName(file));
            redirect.addFlashAttribute("uploaded", true);
            return "redirect:/prompts/{office}/{name}";
        } catch (UnsuitableRecording refused) {
            response.setStatus(422);
            model.addAttribute("refusal", refusal(refused, prompt, uploadedName(file)));
            return promptPage(code, prompt, model);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @PostMapping("/prompts/{office}/{name}/remove")
    String remove(@PathVariable String office, @PathVariable String name, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        OfficeCode code = managed(office, me);
        String prompt = shipped(name);
        if (files.remove(code, prompt)) {
            auditor.record(AuditAction.PROMPT_REMOVED, "prompt " + prompt, Optional.of(code),
                    "the shipped prompt plays again");
            redirect.addFlashAttribute("removed", true);
        }
        return "redirect:/prompts/{office}/{name}";
    }

    private String promptPage(OfficeCode office, String name, Model model) {
        model.addAttribute("office", office.value());
        model.addAttribute("prompt", new PromptRow(name, shipped.text(name), files.own(office, name).isPresent()));
        return "prompts/prompt";
    }

    private OfficeCode managed(String office, SignedInUser me) {
        if (!OfficeCode.isValid(office)) {
            throw new NotFound("office " + office);
        }
        OfficeCode code = new OfficeCode(office);
        access.requireManage(me, code);
        offices.find(code).orElseThrow(() -> new NotFound("office " + office));
        return code;
    }

    /** Only shipped names are ever used in a path: {@code [a-z0-9-]+} and in the set. */
    private String shipped(String name) {
        if (!shipped.isShipped(name)) {
            throw new NotFound("prompt " + name);
        }
        return name;
    }

    private String refusal(UnsuitableRecording refused, String prompt, String fileName) {
        Object[] args = refused.args().stream()
                .map(arg -> arg instanceof String key && key.startsWith("prompts.kind.")
                        ? messages.getMessage(key, null, LocaleContextHolder.getLocale()) : arg)
                .toArray();
        String why = messages.getMessage(refused.key(), args, LocaleContextHolder.getLocale());
        if (!CONVERTIBLE.contains(refused.key())) {
            return why;
        }
        String input = PLAIN_FILE_NAME.matcher(fileName).matches() ? fileName : "nagranie.wav";
        return why + " " + messages.getMessage("prompts.refused.fix", new Object[] {input, prompt},
                LocaleContextHolder.getLocale());
    }

    private static String uploadedName(MultipartFile file) {
        return Optional.ofNullable(file.getOriginalFilename()).filter(name -> !name.isBlank()).orElse("nagranie.wav");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
