package pl.infolinia.server.office;

import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/** The offices page for everyone signed in, and adding or changing offices for administrators. */
@Controller
class OfficeController {

    private final Offices offices;
    private final OfficeAccess access;
    private final Auditor auditor;

    OfficeController(Offices offices, OfficeAccess access, Auditor auditor) {
        this.offices = offices;
        this.access = access;
        this.auditor = auditor;
    }

    @GetMapping("/offices")
    String list(Model model) {
        model.addAttribute("offices", offices.all());
        return "offices/list";
    }

    @GetMapping("/admin/offices/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newOffice(Model model) {
        model.addAttribute("form", new OfficeForm());
        model.addAttribute("creating", true);
        return "offices/form";
    }

    @PostMapping("/admin/offices")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("form") OfficeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && offices.find(new OfficeCode(form.getCode())).isPresent()) {
            errors.rejectValue("code", "office.code.taken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("creating", true);
            return "offices/form";
        }
        Office office = form.toOffice();
        offices.save(office);
        auditor.record(AuditAction.OFFICE_CREATED, office.code().value(), Optional.of(office.code()), office.name());
        redirect.addFlashAttribute("saved", office.code().value());
        return "redirect:/offices";
    }

    @GetMapping("/admin/offices/{code}/edit")
    String edit(@PathVariable String code, @AuthenticationPrincipal SignedInUser me, Model model) {
        Office office = existing(code);
        access.requireManage(me, office.code());
        model.addAttribute("form", OfficeForm.of(office));
        model.addAttribute("creating", false);
        return "offices/form";
    }

    @PostMapping("/admin/offices/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") OfficeForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        Office before = existing(code);
        access.requireManage(me, before.code());
        form.setCode(before.code().value());
        if (!me.isAdmin()) {
            form.setKind(before.kind());
        }
        if (errors.hasErrors()) {
            model.addAttribute("creating", false);
            return "offices/form";
        }
        Office after = form.toOffice();
        offices.save(after);
        auditor.record(AuditAction.OFFICE_CHANGED, code, Optional.of(after.code()),
                "name: " + after.name() + "; transfer to: " + after.transferTo().map(Object::toString).orElse("-"));
        redirect.addFlashAttribute("saved", code);
        return "redirect:/offices";
    }

    private Office existing(String code) {
        if (!OfficeCode.isValid(code)) {
            throw new NotFound("office " + code);
        }
        return offices.find(new OfficeCode(code)).orElseThrow(() -> new NotFound("office " + code));
    }
}
