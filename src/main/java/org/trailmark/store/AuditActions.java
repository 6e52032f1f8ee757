package org.trailmark.store;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every action the audit log records. A filter by action checks against this list, so a misspelt
 * action is an error rather than an empty result that reads as "this never happened".
 */
public final class AuditActions {
    /** A session added to the workspace. */
    public static final String IMPORT = "import";
    /** A session opened for review. */
    public static final String VIEW = "view";
    /** A masked value shown to a reviewer. */
    public static final String REVEAL = "reveal";
    /** Tasks, flags or the label set changed. */
    public static final String EDIT = "edit";
    /** A review status changed. */
    public static final String STATUS = "status";
    /** A workspace setting changed. */
    public static final String SETTINGS = "settings";
    /** A consent granted or withdrawn. */
    public static final String CONSENT = "consent";
    /** A session's labels written to a labels file. */
    public static final String LABELS_EXPORT = "export";
    /** A subject downloaded the archive of their data. */
    public static final String SUBJECT_ARCHIVE = "subject_archive";
    /** The sample sessions were put into a new workspace. */
    public static final String SEED = "seed";
    /** A recording moved to the person it belongs to (or split off the old shared "unknown" subject). */
    public static final String SUBJECT_ASSIGNED = "assign_subject";
    /** The workspace's secret pseudonym key was replaced. */
    public static final String PSEUDONYM_KEY_ROTATED = "rotate_pseudonym_key";
    /** Context spans (window, afk, web) from a tracker's export added to a session. */
    public static final String IMPORT_CONTEXT = "import_context";
    /** A database user made a member of a team workspace, or given another role in it. */
    public static final String MEMBER_GRANTED = "grant_member";
    /** A database user's membership of a team workspace ended. */
    public static final String MEMBER_REVOKED = "revoke_member";

    /** A labeler submitted their version of a double-labelled session. */
    public static final String SUBMIT = "submit";
    /** A labeler's task or flag taken into the gold set, or a gold task dropped, while adjudicating. */
    public static final String ADJUDICATE = "adjudicate";
    /** A session assigned to one or more labelers. */
    public static final String ASSIGN = "assign";
    /** A session taken from labelers it was assigned to. */
    public static final String UNASSIGN = "unassign";
    /** A labeler claimed a session with "next session for me". */
    public static final String CLAIM = "claim";

    /** The actions that change what a session's review shows (its tasks, flags, status, labelers, versions). */
    public static final SortedSet<String> REVIEW_CHANGES = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
            EDIT, STATUS, ASSIGN, UNASSIGN, CLAIM, SUBMIT, ADJUDICATE)));

    /** A retention rule set or changed for a consent purpose. */
    public static final String RETENTION_SET = "retention_set";
    /** A retention rule removed. */
    public static final String RETENTION_CLEARED = "retention_clear";
    /** Expired sessions erased by the retention policy (the erasure itself leaves its own tombstones). */
    public static final String RETENTION_APPLIED = "retention_apply";
    /** A legal hold placed on a session or a subject. */
    public static final String HOLD_PLACED = "hold_add";
    /** A legal hold released by an admin. */
    public static final String HOLD_RELEASED = "hold_release";

    public static final SortedSet<String> ALL = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(IMPORT, VIEW,
            REVEAL, EDIT, STATUS, SETTINGS, CONSENT, LABELS_EXPORT, SUBJECT_ARCHIVE, SEED, SUBJECT_ASSIGNED,
            PSEUDONYM_KEY_ROTATED, IMPORT_CONTEXT, MEMBER_GRANTED, MEMBER_REVOKED, SUBMIT, ADJUDICATE, ASSIGN,
            UNASSIGN, CLAIM, RETENTION_SET, RETENTION_CLEARED, RETENTION_APPLIED, HOLD_PLACED, HOLD_RELEASED,
            DatasetExports.AUDIT_ACTION,
            ErasureResult.AUDIT_ACTION, ErasureResult.SUBJECT_AUDIT_ACTION)));

    private AuditActions() {
    }
}
