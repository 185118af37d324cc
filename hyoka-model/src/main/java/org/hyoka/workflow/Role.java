package org.hyoka.workflow;

/** The parts people play in the evaluation. */
public enum Role {
    /** 管理者: the evaluation office; everything, settings and publishing included. */
    ADMINISTRATOR("管理者"),
    /** 担当課: edits and submits the sheets of its own 課 only. */
    EDITOR("担当課"),
    /** 評価者: reads every sheet, comments, returns or approves. */
    REVIEWER("評価者"),
    /**
     * 運用管理者: runs the installation, creates municipalities and their first administrator; belongs
     * to no municipality and so reads and changes no city's sheets or settings.
     */
    OPERATOR("運用管理者");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role stored under this name (accounts and the audit log store names), if it is one. */
    public static java.util.Optional<Role> named(String name) {
        return java.util.Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
