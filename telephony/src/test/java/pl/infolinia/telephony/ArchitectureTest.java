package pl.infolinia.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import gov.nist.core.LogLevels;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's boundaries, as DESIGN.md and STYLE.md §3 draw them. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.infolinia.telephony");

    @Test
    void knowsNothingOfSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void keepsJainSipInsideTheSipPackage() {
        noClasses().that().resideOutsideOfPackage("pl.infolinia.telephony.sip..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "javax.sdp..", "gov.nist..")
                .check(CLASSES);
    }

    @Test
    void showsNoJainSipTypeInAnyPublicSignature() {
        // the two logging adapters and the NAT router are JAIN-SIP plug-ins: the stack instantiates them by name
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat(DescribedPredicate.not(JavaClass.Predicates.assignableTo(LogLevels.class)))
                .and().areDeclaredInClassesThat(DescribedPredicate.not(
                        JavaClass.Predicates.assignableTo(javax.sip.address.Router.class)))
                .should(new ArchCondition<JavaCodeUnit>("not mention a JAIN-SIP type") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        boolean leaks = Stream.concat(Stream.of(unit.getRawReturnType()),
                                        Stream.concat(unit.getRawParameterTypes().stream(),
                                                unit.getExceptionTypes().stream()))
                                .anyMatch(ArchitectureTest::isJainSip);
                        if (leaks) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " mentions JAIN-SIP"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void makesNoJainSipClassPublicOutsideItsPackage() {
        noClasses().that().resideInAPackage("pl.infolinia.telephony.sip..").and().haveModifier(JavaModifier.PUBLIC)
                .should().beAssignableTo(javax.sip.SipListener.class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void keepsMediaFreeOfTheApiAndOfSip() {
        noClasses().that().resideInAPackage("pl.infolinia.telephony.media..")
                .should().dependOnClassesThat().resideInAnyPackage("pl.infolinia.telephony", "pl.infolinia.telephony.sip..")
                .check(CLASSES);
    }

    private static boolean isJainSip(JavaClass type) {
        String name = type.getBaseComponentType().getPackageName();
        return name.startsWith("javax.sip") || name.startsWith("javax.sdp") || name.startsWith("gov.nist");
    }
}
