package pl.infolinia.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "pl.infolinia.knowledge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoSpring = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("only the server module knows Spring; the knowledge base is plain Java");

    @ArchTest
    static final ArchRule keepsLuceneInSearchAndAnalysis = noClasses()
            .that().resideOutsideOfPackages("..knowledge.search..", "..knowledge.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "morfologik..", "org.egothor..")
            .because("Lucene and its dictionaries stay behind the search API, so the index can be replaced");

    @ArchTest
    static final ArchRule keepsYamlInImporting = noClasses()
            .that().resideOutsideOfPackage("..knowledge.importing..")
            .should().dependOnClassesThat().resideInAPackage("org.yaml..")
            .because("the import format is the importer's business");

    @ArchTest
    static final ArchRule keepsTheModelFreeOfFeatures = noClasses()
            .that().resideInAnyPackage("..knowledge.article..", "..knowledge.taxonomy..")
            .should().dependOnClassesThat().resideInAnyPackage("..knowledge.search..", "..knowledge.importing..",
                    "..knowledge.evaluation..", "..knowledge.readability..", "..knowledge.analysis..")
            .because("articles and the taxonomy are the model every feature uses, not the other way round");
}
