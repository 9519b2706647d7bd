package io.toasty.cdi.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.cdi.ToastyCdi;
import io.toasty.testing.Architecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tiers, checked: toasty-cdi uses core's API and SPI only, never {@code io.toasty.internal}; its own API exposes
 * nothing of its internal package; every package says what it is for; implementation classes are not public.
 */
class ArchitectureTest {
    private final Architecture module = Architecture.ofModuleOf(ToastyCdi.class);

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

    @Test
    void implementationClassesAreNotPublic() throws Exception {
        // the extension is public because the container instantiates it through META-INF/services
        assertEquals(Set.of(), module.publicImplementationClasses(Set.of("ToastyExtension")));
    }
}
