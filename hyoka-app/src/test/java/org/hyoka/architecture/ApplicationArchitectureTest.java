package org.hyoka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point inward: the model, the interchange format, the importer and the generator
 * know nothing of Spring or the web; Spring lives only at the edge, in the application module.
 */
class ApplicationArchitectureTest {

    private static final JavaClasses HYOKA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.hyoka");

    private static final JavaClasses ALL_MODULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hyoka.sheet", "org.hyoka.glossary", "org.hyoka.arithmetic", "org.hyoka.workflow",
                    "org.hyoka.rollover", "org.hyoka.revision", "org.hyoka.rubric", "org.hyoka.interchange",
                    "org.hyoka.importer", "org.hyoka.generate", "org.hyoka.publish", "org.hyoka.excel",
                    "org.hyoka.tables");

    @Test
    void theCoreModulesAndTheGeneratorDoNotDependOnSpringOrTheWeb() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "gg.jte..", "picocli..")
                .check(ALL_MODULES);
    }

    @Test
    void nothingOutsideTheEdgeDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.hyoka.cli..", "org.hyoka.app..")
                .should().dependOnClassesThat().resideInAPackage("org.hyoka.cli..")
                .check(HYOKA);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .check(HYOKA);
    }
}
