package pl.infolinia.server.office;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.server.web.NotFound;

/** The offices as JSON: every signed-in user may read them (consultants transfer calls to them). */
@RestController
@RequestMapping("/api/offices")
class OfficeApiController {

    private final Offices offices;

    OfficeApiController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping
    List<OfficeJson> all() {
        return offices.all().stream().map(OfficeJson::of).toList();
    }

    @GetMapping("/{code}")
    OfficeJson one(@PathVariable String code) {
        if (!OfficeCode.isValid(code)) {
            throw new NotFound("office " + code);
        }
        return offices.find(new OfficeCode(code)).map(OfficeJson::of)
                .orElseThrow(() -> new NotFound("office " + code));
    }

    /** An office as the API shows it. */
    record OfficeJson(String code, String name, OfficeKind kind, String kindName, String transferTo) {

        static OfficeJson of(Office office) {
            return new OfficeJson(office.code().value(), office.name(), office.kind(), office.kind().polishName(),
                    office.transferTo().map(TransferDestination::uri).orElse(null));
        }
    }
}
