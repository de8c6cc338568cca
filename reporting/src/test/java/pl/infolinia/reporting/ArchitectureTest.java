package pl.infolinia.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's boundaries, as DESIGN.md and STYLE.md §3 draw them. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("pl.infolinia.reporting");

    @Test
    void knowsNothingOfSpringServletsOrJdbc() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                "java.sql..", "javax.sql..").check(CLASSES);
    }

    @Test
    void readsOnlyTheContactCentresEventsAndValues() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("pl.infolinia.contactcenter.queue..",
                "pl.infolinia.contactcenter.ivr..", "pl.infolinia.contactcenter.switchboard..", "pl.infolinia.telephony..")
                .check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenPackages() {
        slices().matching("pl.infolinia.reporting.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
