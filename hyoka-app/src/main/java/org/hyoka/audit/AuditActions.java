package org.hyoka.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;

/**
 * The action names Hyoka records, and the Japanese a person reads for each. The names stay stable
 * keys in the log (filters, tests and earlier entries rely on them); the audit page shows only the labels.
 */
public final class AuditActions {

    public static final String SAVE = "sheet.save";
    public static final String MOVE_PREFIX = "sheet.";
    public static final String COMMENT = "sheet.comment";
    public static final String RESTORE = "sheet.restore";
    /** A draft never published, deleted by the office; the detail keeps what it was. */
    public static final String DELETE = "sheet.delete";
    public static final String ROLLOVER = "rollover";
    /** An imported sheet stored as 作成中 (the default). */
    public static final String IMPORT = "sheet.import";
    /** An imported sheet stored as 公開 at once: history the office loads. */
    public static final String IMPORT_PUBLISHED = "sheet.import.published";
    /** A stored sheet updated by an import: a new revision. */
    public static final String IMPORT_UPDATE = "sheet.import.update";
    /** An import that changed nothing (the same file again): one entry for the whole import. */
    public static final String IMPORT_UNCHANGED = "sheet.import.unchanged";
    public static final String SETTINGS_PREFIX = "settings.";
    public static final String ORGANIZATION_ADD = "settings.organization.add";
    public static final String ORGANIZATION_REMOVE = "settings.organization.remove";
    public static final String UNIT_COSTS = "settings.unit-costs";
    public static final String UNIT_COSTS_CLEAR = "settings.unit-costs.clear";
    public static final String RUBRIC = "settings.rubric";
    public static final String DIRECTIONS = "settings.directions";
    public static final String DEADLINE = "settings.deadline";
    public static final String OPEN_DATA_LICENCE = "settings.open-data-licence";
    public static final String POPULATION = "settings.population";
    public static final String ACCOUNT_CREATE = "account.create";
    public static final String ACCOUNT_CHANGE = "account.change";
    public static final String ACCOUNT_DISABLE = "account.disable";
    public static final String ACCOUNT_ENABLE = "account.enable";
    public static final String PASSWORD_RESET = "account.password-reset";
    public static final String PASSWORD_SET = "account.password-set";
    public static final String MUNICIPALITY_REGISTER = "municipality.register";

    /** Every action with its label, in the order the audit page offers them. */
    private static final Map<String, String> LABELS = labels();

    /** The families a filter may ask for at once ("sheet." finds every sheet.…). */
    private static final Map<String, String> FAMILIES = Map.of(MOVE_PREFIX, "シートの操作（すべて）",
            SETTINGS_PREFIX, "設定の変更（すべて）");

    private AuditActions() {
    }

    /** sheet.submit, sheet.return, sheet.approve, sheet.publish, sheet.reopen. */
    public static String move(Transition transition) {
        return MOVE_PREFIX + transition.name().toLowerCase(Locale.ROOT);
    }

    /** 保存, 提出, 部・課・係の追加 …; a name Hyoka does not know (a future action's) is shown as recorded. */
    public static String label(String action) {
        return LABELS.getOrDefault(action, FAMILIES.getOrDefault(action, action));
    }

    /** The action (or family) a label names, or the text itself, so that a key typed by hand still filters. */
    public static String action(String labelOrAction) {
        for (Map<String, String> names : List.of(LABELS, FAMILIES)) {
            for (Map.Entry<String, String> entry : names.entrySet()) {
                if (entry.getValue().equals(labelOrAction)) {
                    return entry.getKey();
                }
            }
        }
        return labelOrAction;
    }

    /** The labels a filter offers: the two families first, then every action. */
    public static List<String> filterLabels() {
        List<String> labels = new ArrayList<>();
        labels.add(FAMILIES.get(MOVE_PREFIX));
        labels.add(FAMILIES.get(SETTINGS_PREFIX));
        labels.addAll(LABELS.values());
        return labels;
    }

    /** 管理者, 担当課, 評価者 for the role names the log stores; anything else as recorded. */
    public static String roleLabel(String role) {
        return Role.named(role).map(Role::label).orElse(role);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(SAVE, "保存");
        for (Transition transition : Transition.values()) {
            labels.put(move(transition), transition.label());
        }
        labels.put(COMMENT, "コメント");
        labels.put(RESTORE, "版の復元");
        labels.put(DELETE, "未公開シートの削除");
        labels.put(IMPORT, "取込み（作成中）");
        labels.put(IMPORT_PUBLISHED, "取込み（公開）");
        labels.put(IMPORT_UPDATE, "取込みによる更新");
        labels.put(IMPORT_UNCHANGED, "取込み（変更なし）");
        labels.put(ROLLOVER, "次年度シートの作成");
        labels.put(ORGANIZATION_ADD, "部・課・係の追加");
        labels.put(ORGANIZATION_REMOVE, "部・課・係の削除");
        labels.put(UNIT_COSTS, "人件費の単価の設定");
        labels.put(UNIT_COSTS_CLEAR, "人件費の単価の取消し");
        labels.put(RUBRIC, "評価の文例の設定");
        labels.put(DIRECTIONS, "方向性の選択肢の設定");
        labels.put(DEADLINE, "提出期限の設定");
        labels.put(OPEN_DATA_LICENCE, "オープンデータのライセンスの設定");
        labels.put(POPULATION, "人口の設定");
        labels.put(ACCOUNT_CREATE, "アカウントの作成");
        labels.put(ACCOUNT_CHANGE, "役割・課の変更");
        labels.put(ACCOUNT_DISABLE, "アカウントの無効化");
        labels.put(ACCOUNT_ENABLE, "アカウントの有効化");
        labels.put(PASSWORD_RESET, "パスワードのリセット");
        labels.put(PASSWORD_SET, "パスワードの設定（ワンタイムリンク）");
        labels.put(MUNICIPALITY_REGISTER, "自治体の登録");
        return Collections.unmodifiableMap(labels);
    }
}
