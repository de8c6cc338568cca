package pl.infolinia.contactcenter;

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
            .importPackages("pl.infolinia.contactcenter");

    @Test
    void knowsNothingOfSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
    }

    @Test
    void knowsNothingOfSip() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "javax.sdp..", "gov.nist..")
                .check(CLASSES);
    }

    @Test
    void knowsNothingOfLucene() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(CLASSES);
    }

    @Test
    void usesNoServletJdbcOrPersistenceApi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "javax.servlet..", "java.sql..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void keepsYamlInsideTheIvrPackage() {
        noClasses().that().resideOutsideOfPackage("pl.infolinia.contactcenter.ivr..")
                .should().dependOnClassesThat().resideInAPackage("org.yaml..")
                .check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenFeaturePackages() {
        slices().matching("pl.infolinia.contactcenter.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void keepsValuesAndDecisionsFreeOfTheAcd() {
        noClasses().that().resideInAnyPackage("pl.infolinia.contactcenter.agent..", "pl.infolinia.contactcenter.routing..",
                        "pl.infolinia.contactcenter.calendar..", "pl.infolinia.contactcenter.announcement..",
                        "pl.infolinia.contactcenter.contact..")
                .should().dependOnClassesThat().resideInAnyPackage("pl.infolinia.contactcenter.queue..",
                        "pl.infolinia.contactcenter.ivr..", "pl.infolinia.contactcenter.callback..",
                        "pl.infolinia.contactcenter.transfer..")
                .check(CLASSES);
    }
}
