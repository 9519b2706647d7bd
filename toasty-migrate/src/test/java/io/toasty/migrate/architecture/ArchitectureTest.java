package io.toasty.migrate.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.migrate.Migrator;
import io.toasty.testing.Architecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tiers of toasty-migrate, checked: its API exposes none of its internal types, it uses none of toasty-core's
 * internals (it works from the public schema description), and every package says what it is for.
 */
class ArchitectureTest {
    private final Architecture module = Architecture.ofModuleOf(Migrator.class);

    @Test
    void nothingUsesCoresInternals() throws Exception {
        assertEquals(Set.of(), module.usersOfCoreInternals());
    }

    @Test
    void theApiExposesNoInternalType() throws Exception {
        assertEquals(Set.of(), module.internalTypesExposed());
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        assertEquals(Set.of(), module.undocumentedPackages());
    }
}
