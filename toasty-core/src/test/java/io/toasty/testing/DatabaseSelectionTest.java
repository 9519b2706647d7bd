package io.toasty.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseSelectionTest {
    private static final String[] BOTH = {TestDatabase.H2, TestDatabase.POSTGRESQL};

    @Test
    void runsOnBothDatabasesByDefault() {
        assertEquals(List.of("h2", "postgresql"), Databases.select(BOTH, null));
    }

    @Test
    void aClassOrTheSystemPropertyNarrowsTheChoice() {
        assertEquals(List.of("postgresql"), Databases.select(new String[] {"postgresql"}, null));
        assertEquals(List.of("h2"), Databases.select(BOTH, " h2 "));
        assertEquals(List.of(), Databases.select(new String[] {"postgresql"}, "h2"));
    }

    @Test
    void anUnknownDatabaseIsRefused() {
        IllegalArgumentException failure =
                assertThrows(IllegalArgumentException.class, () -> Databases.select(new String[] {"mysql"}, null));
        assertEquals(
                "@DatabaseTest names an unknown database 'mysql': use \"h2\" or \"postgresql\"", failure.getMessage());
    }
}
