package org.hyoka.audit;

/**
 * The action names the evaluation cycle records, so that filters and tests agree on them. Other
 * features (login, settings) may record their own names; these are the shared ones.
 */
public final class AuditActions {

    public static final String SAVE = "sheet.save";
    public static final String MOVE_PREFIX = "sheet.";
    public static final String COMMENT = "sheet.comment";
    public static final String RESTORE = "sheet.restore";
    public static final String ROLLOVER = "rollover";
    public static final String IMPORT = "sheet.import";

    private AuditActions() {
    }

    /** sheet.submit, sheet.return, sheet.approve, sheet.publish, sheet.reopen. */
    public static String move(org.hyoka.workflow.Transition transition) {
        return MOVE_PREFIX + transition.name().toLowerCase(java.util.Locale.ROOT);
    }
}
