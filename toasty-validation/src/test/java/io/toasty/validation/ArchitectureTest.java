package io.toasty.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.testing.Architecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tiers, checked: the API exposes no internal type, and nothing here uses toasty-core's internals. */
class ArchitectureTest {
    private final Architecture module = Architecture.ofModuleOf(BeanValidationWriteListener.class);

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
