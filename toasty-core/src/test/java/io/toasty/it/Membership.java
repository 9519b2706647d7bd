package io.toasty.it;

import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Version;

/** A record with a composite key, a composite unique index and a version. */
@Model(
        indexes =
                @Index(
                        fields = {"groupId", "rank"},
                        unique = true))
public record Membership(@Key long groupId, @Key long userId, String role, int rank, @Version Integer version) {
    public Membership(long groupId, long userId, String role, int rank) {
        this(groupId, userId, role, rank, null);
    }

    public Membership withRole(String newRole) {
        return new Membership(groupId, userId, newRole, rank, version);
    }
}
