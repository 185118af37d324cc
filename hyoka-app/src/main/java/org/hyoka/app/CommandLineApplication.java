package org.hyoka.app;

import org.hyoka.accounts.UserAccounts;
import org.hyoka.audit.AuditLog;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.imports.SheetImports;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.sheets.SheetRepository;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application as commands such as import and user add need it: the database, its migrations,
 * the sheets, their import (audited as on the web), the accounts and the evaluation cycle; no web pages,
 * no search index, no sample data.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = {SheetRepository.class, UserAccounts.class, EvaluationService.class, AuditLog.class,
        SheetImports.class, Municipalities.class})
public class CommandLineApplication {
}
