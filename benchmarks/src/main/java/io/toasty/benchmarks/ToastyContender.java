package io.toasty.benchmarks;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.benchmarks.model.Post;
import io.toasty.benchmarks.model.User;
import io.toasty.benchmarks.model.UserWithPosts;
import io.toasty.benchmarks.model.User_;
import io.toasty.query.Functions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Toasty as its guide shows it: repositories, the generated metamodel, autocommit for one statement. As
 * {@link Systems#TOASTY_TX}, {@code insert_one} and {@code find_by_id} run in {@code toasty.transaction(...)}: the
 * same unit of work, with the same round trips, as a {@code @Transactional} method under JTA.
 */
final class ToastyContender implements Contender {
    private final Toasty toasty;
    private final Repository<User> users;
    private final boolean inTransaction;

    ToastyContender(DataSource dataSource, boolean inTransaction) {
        this.inTransaction = inTransaction;
        this.toasty = Toasty.builder(dataSource).models(User.class, Post.class).build();
        this.users = toasty.repository(User.class);
    }

    @Override
    public long insertOne(int n) {
        User user = new User(Contender.email(n), Contender.name(n), Contender.age(n));
        if (inTransaction) {
            return toasty.transaction(tx -> users.insert(user).getId());
        }
        return users.insert(user).getId();
    }

    /** One statement (a multi-row insert), so no transaction is needed around it to be atomic. */
    @Override
    public long[] bulkInsert(int n, int count) {
        List<User> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(new User(Contender.email(n + i), Contender.name(n + i), Contender.age(n + i)));
        }
        List<User> inserted = users.insertAll(batch);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = inserted.get(i).getId();
        }
        return ids;
    }

    @Override
    public Object findById(long id) {
        if (inTransaction) {
            return toasty.transaction(tx -> users.find(id).orElse(null));
        }
        return users.find(id).orElse(null);
    }

    @Override
    public List<User> findMany(int minAge, int limit) {
        return users.where(User_.age.ge(minAge))
                .orderBy(User_.id.asc())
                .limit(limit)
                .list();
    }

    @Override
    public long updateSetBased(long from, long to) {
        return users.where(User_.id.between(from, to)).update(User_.score.set(User_.score.plus(1)));
    }

    /** The changed objects saved with updateAll: one JDBC batch. */
    @Override
    public long updateLoadModifySave(long from, long to) {
        return toasty.transaction(tx -> {
            List<User> loaded = users.where(User_.id.between(from, to))
                    .orderBy(User_.id.asc())
                    .list();
            for (User user : loaded) {
                user.setScore(user.getScore() + 1);
            }
            return (long) users.updateAll(loaded).size();
        });
    }

    /** The users with their posts: {@code include}, one statement for the users and one for all their posts. */
    @Override
    public List<UserWithPosts> preload(long from, long to) {
        List<User> loaded = users.where(User_.id.between(from, to))
                .orderBy(User_.id.asc())
                .include(User_.posts)
                .list();
        List<UserWithPosts> result = new ArrayList<>(loaded.size());
        for (User user : loaded) {
            result.add(new UserWithPosts(user, user.getPosts().get()));
        }
        return result;
    }

    @Override
    public List<User> pageKeyset(long after, int size) {
        return users.where(User_.id.gt(after))
                .orderBy(User_.id.asc())
                .limit(size)
                .list();
    }

    /** A row of {@link #countGroup()}: an age decade and its number of users. */
    record DecadeCount(int decade, long users) {}

    /** One statement: {@code SELECT age / 10, COUNT(*) FROM users GROUP BY age / 10}, the same as JDBC's. */
    @Override
    public Map<Integer, Long> countGroup() {
        Map<Integer, Long> counts = new HashMap<>();
        for (DecadeCount row : users.query()
                .select(DecadeCount.class, User_.age.dividedBy(10), Functions.<User>count())
                .groupBy(User_.age.dividedBy(10))
                .list()) {
            counts.put(row.decade(), row.users());
        }
        return counts;
    }

    @Override
    public void close() {}
}
