package org.hyoka.municipalities;

import java.util.Optional;

import org.hyoka.accounts.AccountAdministration;
import org.hyoka.accounts.AccountChange;
import org.hyoka.accounts.Credential;
import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The installation's operator registers a municipality by its 全国地方公共団体コード, under the name the
 * shipped directory gives it, together with its first administrator. Nothing else is the operator's:
 * from then on the city's office manages its accounts and settings. All or nothing: a refused
 * administrator leaves no city behind.
 */
@Service
public class MunicipalityRegistration {

    private final Municipalities municipalities;
    private final AccountAdministration accounts;
    private final AuditLog audit;

    MunicipalityRegistration(Municipalities municipalities, AccountAdministration accounts, AuditLog audit) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public AccountChange register(Actor by, String code, String administrator, Credential.Kind kind, String from) {
        if (by.role() != Role.OPERATOR) {
            return new AccountChange.Forbidden();
        }
        Optional<MunicipalityCode> parsed = MunicipalityCode.parse(code.strip());
        if (parsed.isEmpty()) {
            return new AccountChange.Invalid("「" + code.strip() + "」は全国地方公共団体コード（検査数字を含む6桁）では"
                    + "ありません。総務省のコード表の6桁を入力してください。");
        }
        Optional<MunicipalityDirectory.Entry> entry = municipalities.inDirectory(parsed.get());
        if (entry.isEmpty()) {
            return new AccountChange.Invalid("コード " + parsed.get().value() + " は全国地方公共団体コードの一覧にありません。");
        }
        municipalities.ensure(parsed.get());
        AccountChange made = accounts.firstAdministrator(parsed.get().value(), administrator, kind);
        if (!(made instanceof AccountChange.Issued issued)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return made;
        }
        String city = entry.get().prefecture() + entry.get().name();
        audit.recordIn(parsed.get().value(), by.username(), by.role().name(), from, AuditActions.MUNICIPALITY_REGISTER,
                null, "自治体「" + city + "」（" + parsed.get().value() + "）を登録し、最初の管理者「"
                        + issued.credential().username() + "」を作成しました（" + kind.label() + "を発行）。");
        return new AccountChange.Issued(issued.id(), city + "（" + parsed.get().value() + "）を登録し、" + issued.message(),
                issued.credential());
    }
}
