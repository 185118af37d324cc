package org.hyoka.accounts;

/** 管理者 (evaluation office), 担当課 (a division's editor), 評価者 (reviewer). */
public enum Role {
    ADMIN, EDITOR, REVIEWER
}
