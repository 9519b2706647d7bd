package io.toasty.jta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import io.toasty.Isolation;
import io.toasty.TransactionOptions;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransactionStateTest {
    private final TransactionManager manager = com.arjuna.ats.jta.TransactionManager.transactionManager();
    private final TransactionSynchronizationRegistry registry = new TransactionSynchronizationRegistryImple();

    @Test
    void toastyGetsTheTimeLeftOfTheTransactionAndItsOtherOptions() throws Exception {
        manager.begin();
        try {
            TransactionState state = TransactionState.require(registry, "test");
            state.begunWithTimeout(Duration.ofSeconds(5));
            state.requireIsolation(Isolation.REPEATABLE_READ, "test");
            state.requireReadOnly("test");
            Thread.sleep(50);
            TransactionOptions options = state.options();
            Duration left = options.timeout().orElseThrow();
            assertTrue(
                    left.compareTo(Duration.ofMillis(4950)) <= 0 && left.compareTo(Duration.ofSeconds(4)) > 0,
                    left::toString);
            assertEquals(Isolation.REPEATABLE_READ, options.isolation());
            assertTrue(options.readOnly());
            assertEquals(state, TransactionState.find(registry).orElseThrow());
        } finally {
            manager.rollback();
        }
    }
}
