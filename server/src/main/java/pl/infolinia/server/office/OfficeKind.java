package pl.infolinia.server.office;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of office that run the hotline together. */
public enum OfficeKind {
    CHANCELLERY("kancelaria"),
    MINISTRY("ministerstwo"),
    VOIVODESHIP_OFFICE("urząd wojewódzki");

    private final String polishName;

    OfficeKind(String polishName) {
        this.polishName = polishName;
    }

    /** The kind as the demo data's {@code kind:} field spells it. */
    public String polishName() {
        return polishName;
    }

    public static Optional<OfficeKind> fromPolishName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.polishName.equals(name)).findFirst();
    }
}
