package org.hyoka.app;

import org.hyoka.accounts.UserAccounts;
import org.hyoka.audit.AuditLog;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.imports.SheetImports;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.opendata.BulkExport;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;

/**
 * The application as commands such as import and user add need it: the database, its migrations,
 * the sheets, their import (audited as on the web), the accounts, the municipalities and their settings (each
 * city's unit costs check its sheets), the evaluation cycle and the open data's files (export --format); no web pages,
 * no search index, no sample data.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = {SheetRepository.class, UserAccounts.class, EvaluationService.class, AuditLog.class,
        SheetImports.class, Municipalities.class, EvaluationSettings.class, BulkExport.class},
        // the pages of these packages need the web's sign-in (CurrentActor); a command has neither
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
public class CommandLineApplication {
}
