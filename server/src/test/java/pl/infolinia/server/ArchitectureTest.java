package pl.infolinia.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server wires the domain modules; it never reaches past their APIs into SIP or Lucene. */
@AnalyzeClasses(packages = "pl.infolinia.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJainSipInTheServer = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javax.sip..", "gov.nist..");

    @ArchTest
    static final ArchRule noLuceneInTheServer = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule settingsKnowNoSpring = noClasses().that().resideInAPackage("..app.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");
}
