package org.hyoka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The sheet model is the centre: it may use the JDK and null annotations, and nothing else. */
class ModelArchitectureTest {

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hyoka");

    @Test
    void theModelDependsOnNothingButTheJdkAndNullAnnotations() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify.annotations..", "org.hyoka.sheet..",
                        "org.hyoka.glossary..", "org.hyoka.arithmetic..", "org.hyoka.workflow..",
                        "org.hyoka.rollover..", "org.hyoka.revision..", "org.hyoka.rubric..", "org.hyoka.quality..")
                .check(model);
    }

    @Test
    void theGlossaryAndTheSheetDoNotDependOnTheArithmetic() {
        classes().that().resideInAnyPackage("org.hyoka.sheet..", "org.hyoka.glossary..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.hyoka.arithmetic..")
                .check(model);
    }
}
