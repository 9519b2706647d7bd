package io.toasty.examples.quickstart;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * Toasty end to end, printing what it does. Runs on H2 in memory; give it a JDBC URL (first argument or
 * {@code TOASTY_URL}) to run on PostgreSQL, where it replaces its own two tables.
 */
public final class Quickstart {
    private Quickstart() {}

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv().getOrDefault("TOASTY_URL", "jdbc:h2:mem:quickstart");
        Toasty toasty =
                Toasty.builder(dataSource(url)).models(User.class, Task.class).build();
        say("Connected to %s (%s)", toasty.database(), url);

        toasty.schema().drop();
        toasty.schema().create();
        toasty.schema().validate();
        say("Created tables users and tasks");

        Repository<User> users = toasty.repository(User.class);
        Repository<Task> tasks = toasty.repository(Task.class);

        User ada = users.insert(new User("ada@example.com", "Ada", 36));
        say("Inserted %s", ada);
        List<User> more = users.insertAll(List.of(
                new User("alan@example.com", "Alan", 41),
                new User("grace@example.com", "Grace", 85),
                new User("linus@example.com", "Linus", 17)));
        say(
                "Inserted %d more users in one statement; their ids: %s",
                more.size(), more.stream().map(u -> u.id).toList());

        List<User> adultsWithA = users.query()
                .where(User_.age.ge(18).and(User_.name.startsWith("A")))
                .orderBy(User_.name.asc())
                .list();
        say(
                "Adults whose name starts with A: %s",
                adultsWithA.stream().map(u -> u.name).toList());
        say(
                "Users older than 40 or named Linus: %d",
                users.where(User_.age.gt(40).or(User_.name.eq("Linus"))).count());

        ada.age = 37;
        ada.plan = Plan.PRO;
        users.update(ada);
        say("Updated Ada: %s", users.get(ada.id));

        long promoted = users.where(User_.age.ge(80)).update(User_.plan.set(Plan.PRO));
        say("Moved %d user(s) aged 80 or more to PRO in one statement", promoted);

        toasty.useTransaction(tx -> {
            tasks.insert(new Task(ada.id, "Write the notes", LocalDate.now().plusDays(1)));
            try {
                tx.savepoint(inner -> {
                    tasks.insert(new Task(ada.id, "Draft that is thrown away", LocalDate.now()));
                    return users.insert(new User("ada@example.com", "Ada again", 36)); // duplicate email
                });
            } catch (DuplicateKeyException e) {
                say("Savepoint rolled back its work: %s", e.getMessage());
            }
        });
        say(
                "Tasks after the transaction: %s",
                tasks.query().list().stream().map(Task::title).toList());

        try {
            toasty.useTransaction(tx -> {
                tasks.insert(new Task(ada.id, "Never committed", LocalDate.now()));
                try {
                    users.insert(new User("alan@example.com", "Alan again", 41));
                } catch (DuplicateKeyException ignored) {
                    // swallowing a failed statement outside a savepoint poisons the transaction
                }
            });
        } catch (TransactionException e) {
            say(
                    "Transaction refused to commit: %s",
                    e.getMessage().lines().findFirst().orElse(""));
        }

        boolean deleted = users.delete(users.get(more.get(2).id));
        long free = users.where(User_.plan.eq(Plan.FREE)).delete();
        say("Deleted Linus: %s; deleted %d user(s) on the free plan; %d users left", deleted, free, users.count());
    }

    private static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(url);
            if (postgres.getUser() == null) {
                postgres.setUser(System.getenv().getOrDefault("TOASTY_USER", "postgres"));
            }
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url.contains("DB_CLOSE_DELAY") ? url : url + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
        throw new IllegalArgumentException("The quickstart knows H2 and PostgreSQL URLs, not " + url);
    }

    private static void say(String format, Object... values) {
        System.out.println("> " + String.format(format, values));
    }
}
