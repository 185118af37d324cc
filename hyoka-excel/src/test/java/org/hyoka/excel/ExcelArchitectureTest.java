package org.hyoka.excel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The workbook module stands on the model and POI only: no importer, no web, no database. */
class ExcelArchitectureTest {

    private final JavaClasses excel = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hyoka.excel");

    @Test
    void dependsOnTheModelPoiAndTheJdkOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify.annotations..", "org.apache.poi..",
                        "org.openxmlformats.schemas..", "org.hyoka.excel..", "org.hyoka.sheet..", "org.hyoka.glossary..",
                        "org.hyoka.arithmetic..", "org.hyoka.rubric..")
                .check(excel);
    }
}
