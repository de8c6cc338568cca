package pl.infolinia.recording;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's boundaries, as DESIGN.md draws them: plain Java, depending on no other part. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("pl.infolinia.recording");

    @Test
    void knowsNothingOfSpringServletsOrJdbc() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                "java.sql..").check(CLASSES);
    }

    @Test
    void knowsNothingOfTheOtherParts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("pl.infolinia.telephony..",
                "pl.infolinia.contactcenter..", "pl.infolinia.server..").check(CLASSES);
    }
}
