package io.toasty.jta.internal;

import jakarta.transaction.Status;

/** Names of JTA transaction statuses, for messages. */
final class Statuses {
    private Statuses() {}

    static String name(int status) {
        return switch (status) {
            case Status.STATUS_ACTIVE -> "active";
            case Status.STATUS_MARKED_ROLLBACK -> "marked rollback-only";
            case Status.STATUS_PREPARED -> "prepared";
            case Status.STATUS_COMMITTED -> "committed";
            case Status.STATUS_ROLLEDBACK -> "rolled back";
            case Status.STATUS_UNKNOWN -> "in an unknown state";
            case Status.STATUS_NO_TRANSACTION -> "absent";
            case Status.STATUS_PREPARING -> "preparing";
            case Status.STATUS_COMMITTING -> "committing";
            case Status.STATUS_ROLLING_BACK -> "rolling back";
            default -> "in status " + status;
        };
    }
}
