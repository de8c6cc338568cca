package pl.infolinia.server.user;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/** Managing users: an office administrator for their own office, an ADMIN for all. */
@Controller
class UserController {

    private final Users users;
    private final Offices offices;
    private final OfficeAccess access;
    private final PasswordHasher passwords;
    private final Auditor auditor;

    UserController(Users users, Offices offices, OfficeAccess access, PasswordHasher passwords, Auditor auditor) {
        this.users = users;
        this.offices = offices;
        this.access = access;
        this.passwords = passwords;
        this.auditor = auditor;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me, Model model) {
        Optional<OfficeCode> scope = access.managedScope(me, office.filter(OfficeCode::isValid).map(OfficeCode::new));
        List<User> shown = scope.map(users::inOffice).orElseGet(users::all);
        model.addAttribute("users", shown);
        model.addAttribute("scope", scope.map(OfficeCode::value).orElse(""));
        model.addAttribute("offices", offices.all());
        return "users/list";
    }

    @GetMapping("/admin/users/new")
    String newUser(@AuthenticationPrincipal SignedInUser me, Model model) {
        UserForm form = new UserForm();
        form.setOffice(me.office().map(OfficeCode::value).orElse(""));
        return form(model, form, true);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        UserRules.check(form, me, offices, access, errors);
        UserRules.checkPassword(form.getPassword(), errors);
        if (!errors.hasFieldErrors("username") && users.find(new Username(form.getUsername())).isPresent()) {
            errors.rejectValue("username", "user.username.taken");
        }
        if (errors.hasErrors()) {
            return form(model, form, true);
        }
        User user = form.toUser(Optional.empty());
        users.create(user, passwords.hash(user.username(), form.getPassword()));
        auditor.record(AuditAction.USER_CREATED, user.username().value(), user.office(), "roles: " + user.roles());
        redirect.addFlashAttribute("saved", user.username().value());
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{name}/edit")
    String edit(@PathVariable String name, @AuthenticationPrincipal SignedInUser me, Model model) {
        User user = managed(name, me);
        model.addAttribute("user", user);
        return form(model, UserForm.of(user), false);
    }

    @PostMapping("/admin/users/{name}")
    String update(@PathVariable String name, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        User before = managed(name, me);
        form.setUsername(before.username().value());
        UserRules.check(form, me, offices, access, errors);
        if (errors.hasErrors()) {
            model.addAttribute("user", before);
            return form(model, form, false);
        }
        User after = form.toUser(Optional.of(before));
        users.update(after);
        auditor.record(AuditAction.USER_CHANGED, name, after.office(),
                "roles: " + after.roles() + "; office: " + after.office().map(Object::toString).orElse("-")
                        + "; enabled: " + after.enabled());
        redirect.addFlashAttribute("saved", name);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{name}/password")
    String changePassword(@PathVariable String name, @RequestParam String password,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        User user = managed(name, me);
        if (!UserRules.isStrongEnough(password)) {
            // the user form shows the account; the password has its own form, so its error is its own attribute
            model.addAttribute("user", user);
            model.addAttribute("passwordError", "user.password.tooShort");
            return form(model, UserForm.of(user), false);
        }
        users.changePassword(user.username(), passwords.hash(user.username(), password));
        auditor.record(AuditAction.PASSWORD_CHANGED, name, user.office(), "set by an administrator");
        redirect.addFlashAttribute("saved", name);
        return "redirect:/admin/users/" + name + "/edit";
    }

    @PostMapping("/admin/users/{name}/unlock")
    String unlock(@PathVariable String name, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        User user = managed(name, me);
        users.clearFailedLogins(user.username());
        auditor.record(AuditAction.USER_UNLOCKED, name, user.office(), "unlocked by an administrator");
        redirect.addFlashAttribute("saved", name);
        return "redirect:/admin/users/" + name + "/edit";
    }

    private String form(Model model, UserForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("offices", offices.all());
        model.addAttribute("roles", Role.values());
        return "users/form";
    }

    private User managed(String name, SignedInUser me) {
        User user = Optional.of(name).filter(Username::isValid).map(Username::new).flatMap(users::find)
                .orElseThrow(() -> new NotFound("user " + name));
        if (user.office().isEmpty() ? !me.isAdmin() : !access.canManage(me, user.office().get())) {
            throw new AccessDeniedException(
                    me.getUsername() + " does not manage user " + name);
        }
        return user;
    }
}
