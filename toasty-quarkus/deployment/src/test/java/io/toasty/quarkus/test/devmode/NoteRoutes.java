package io.toasty.quarkus.test.devmode;

import io.agroal.api.AgroalDataSource;
import io.toasty.Repository;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /notes} writes a note through the repository, then answers with the columns of the notes table and the
 * notes read back: what the running application sees of the model.
 */
@ApplicationScoped
public class NoteRoutes {
    @Inject
    Repository<Note> notes;

    @Inject
    AgroalDataSource dataSource;

    void routes(@Observes Router router) {
        router.get("/notes").blockingHandler(context -> {
            notes.insert(new Note("first"));
            context.response().end(columns() + " " + notes.query().list());
        });
    }

    private List<String> columns() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM \"notes\"")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
