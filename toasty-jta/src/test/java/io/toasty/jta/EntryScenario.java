package io.toasty.jta;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.TestDatabase;
import java.util.List;

/**
 * What most scenarios of this module start from: a JTA pool on the test's database, a Toasty of {@link Entry} on it,
 * and a Weld container with the scenario's beans. Closed after each test.
 */
final class EntryScenario implements AutoCloseable {
    private final JtaDatabase jta;
    private final Repository<Entry> entries;
    private final Container container;

    EntryScenario(TestDatabase db, Class<?>... beans) throws Exception {
        this.jta = new JtaDatabase(db);
        Toasty toasty = jta.toasty(Entry.class);
        this.entries = toasty.repository(Entry.class);
        this.container = new Container(jta, toasty, beans);
    }

    <T> T bean(Class<T> type) {
        return container.bean(type);
    }

    JtaDatabase jta() {
        return jta;
    }

    Repository<Entry> entries() {
        return entries;
    }

    /** The names of the committed entries, sorted. */
    List<String> names() {
        return entries.query().list().stream().map(Entry::name).sorted().toList();
    }

    @Override
    public void close() throws jakarta.transaction.SystemException {
        container.close();
        jta.close();
    }
}
