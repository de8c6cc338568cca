package pl.infolinia.server.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/** What the office page's form sends; checked before it becomes an {@link Office}. */
public class OfficeForm {

    @NotBlank(message = "{office.code.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,15}", message = "{office.code.invalid}")
    private String code = "";

    @NotBlank(message = "{office.name.required}")
    @Size(max = 200, message = "{office.name.tooLong}")
    private String name = "";

    @NotNull(message = "{office.kind.required}")
    private OfficeKind kind = OfficeKind.MINISTRY;

    @Pattern(regexp = "|sips?:[A-Za-z0-9._~+!$&'()*,;=%-]+@[A-Za-z0-9.-]+(:[0-9]{1,5})?",
            message = "{office.transferTo.invalid}")
    @Size(max = 255, message = "{office.transferTo.invalid}")
    private String transferTo = "";

    static OfficeForm of(Office office) {
        OfficeForm form = new OfficeForm();
        form.code = office.code().value();
        form.name = office.name();
        form.kind = office.kind();
        form.transferTo = office.transferTo().map(TransferDestination::uri).orElse("");
        return form;
    }

    Office toOffice() {
        return new Office(new OfficeCode(code), name.strip(), kind,
                transferTo.isBlank() ? Optional.empty() : Optional.of(new TransferDestination(transferTo.strip())));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public void setKind(OfficeKind kind) {
        this.kind = kind;
    }

    public String getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(String transferTo) {
        this.transferTo = transferTo == null ? "" : transferTo.strip();
    }
}
