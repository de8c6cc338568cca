package pl.infolinia.server.audit;

/** Security-relevant things that happened, as the audit log names them. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_REFUSED_LOCKED,
    ACCOUNT_LOCKED,
    LOGOUT,
    ACCESS_DENIED,
    OFFICE_CREATED,
    OFFICE_CHANGED,
    USER_CREATED,
    USER_CHANGED,
    PASSWORD_CHANGED,
    USER_UNLOCKED,
    AUDIT_LOG_READ,
    KB_IMPORTED,
    KB_SYNONYMS_CHANGED,
    IVR_FLOW_PUBLISHED,
    PROMPT_UPLOADED,
    AGENT_SKILLS_CHANGED,
    AGENT_STATE_FORCED,
    PROMPT_REMOVED,
    /** A report with consultants' figures was read (page, export or API). */
    REPORT_READ,
    CALL_SUPERVISED,
    WALLBOARD_THRESHOLDS_CHANGED,
    RECORDING_PLAYED,
    RECORDING_DOWNLOADED,
    RECORDING_DELETED,
    RECORDING_HOLD_CHANGED,
    KB_ARTICLE_SAVED,
    KB_ARTICLE_RESTORED,
    KB_OFFICIALESE_CHANGED,
    /** A supervisor scored a recorded call on an evaluation form. */
    QUALITY_EVALUATED,
    /** A scheduled report by e-mail was added or removed. */
    REPORT_SUBSCRIPTION_CHANGED,
    /** A scheduled report was sent by e-mail. */
    REPORT_MAILED,
    /** The public summary for the Chancellery was exported for publishing. */
    PUBLIC_SUMMARY_EXPORTED
}
