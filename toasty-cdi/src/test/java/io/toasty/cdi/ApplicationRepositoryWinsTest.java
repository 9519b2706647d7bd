package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The application produces its own {@code Repository<Song>}: the extension adds none for that model (the two would
 * make the injection ambiguous) and still adds the Toasty and the other repositories.
 */
@DatabaseTest(TestDatabase.H2)
class ApplicationRepositoryWinsTest {
    private final TestDatabase db;

    ApplicationRepositoryWinsTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Song(@Key String title) {}

    @Model
    public record Album(@Key String title) {}

    @ApplicationScoped
    public static class SongRepositoryProducer {
        private final AtomicInteger produced = new AtomicInteger();

        @Produces
        @ApplicationScoped
        Repository<Song> songs(Toasty toasty) {
            produced.incrementAndGet();
            return toasty.repository(Song.class);
        }

        int produced() {
            return produced.get();
        }
    }

    @ApplicationScoped
    public static class Jukebox {
        @Inject
        Repository<Song> songs;

        @Inject
        Repository<Album> albums;

        long count() {
            songs.insert(new Song("Blue in Green"));
            albums.insert(new Album("Kind of Blue"));
            return songs.count() + albums.count();
        }
    }

    @Test
    void theApplicationsRepositoryIsInjected() {
        try (Deployment.Running app = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "create")
                .beans(SongRepositoryProducer.class, Jukebox.class)
                .start()) {
            assertEquals(2, app.get(Jukebox.class).count());
            assertEquals(1, app.get(SongRepositoryProducer.class).produced());
        }
    }
}
