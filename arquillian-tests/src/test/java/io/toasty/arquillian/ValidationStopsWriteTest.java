package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.CodeBook;
import io.toasty.arquillian.model.Coupon;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An object that breaks its model's Bean Validation constraints is refused before any SQL: the write throws the
 * standard {@link ConstraintViolationException}, nothing of it lands, and the JTA transaction around it stays usable,
 * so the method's other writes commit. The validator is the container's: a constraint validator injects a bean.
 */
@ExtendWith(ArquillianExtension.class)
class ValidationStopsWriteTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(ValidationStopsWriteTest.class, Bank.class, CodeBook.class);
    }

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        private ConstraintViolationException refused;

        ConstraintViolationException refused() {
            return refused;
        }

        /** Opens the first and the last account; the middle one is invalid, and its refusal is caught. */
        @Transactional
        void openAround(Account first, Account invalid, Account last) {
            accounts.insert(first);
            try {
                accounts.insert(invalid);
            } catch (ConstraintViolationException e) {
                refused = e;
            }
            accounts.insert(last);
        }

        @Transactional
        void openAll(List<Account> all) {
            accounts.insertAll(all);
        }
    }

    @Inject
    Bank bank;

    @Inject
    Repository<Account> accounts;

    @Inject
    Repository<Coupon> coupons;

    @Inject
    Postgres postgres;

    /** Arquillian 1.10 runs no {@code @BeforeEach} method of an in-container test on a local container. */
    private void empty() throws SQLException {
        postgres.execute("delete from accounts; delete from coupons");
    }

    @Test
    void insideATransactionTheInvalidObjectIsRefusedAndTheOtherWritesCommit() throws SQLException {
        empty();
        bank.openAround(new Account("ada", "Ada", 100), new Account("bad", "", -5), new Account("alan", "Alan", 50));

        assertEquals(
                "Account.balance: must be greater than or equal to 0 (was -5); Account.owner: must not be blank (was '')",
                bank.refused().getMessage());
        assertEquals(2, bank.refused().getConstraintViolations().size());
        assertEquals(List.of("ada", "alan"), postgres.column("select id from accounts order by id"));
    }

    @Test
    void outsideATransactionNothingLands() throws SQLException {
        empty();
        ConstraintViolationException refused = assertThrows(
                ConstraintViolationException.class, () -> accounts.insert(new Account("bad", "x".repeat(41), 1)));

        assertEquals(
                "Account.owner: size must be between 0 and 40 (was 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')",
                refused.getMessage());
        assertEquals(List.of(), postgres.column("select id from accounts"));
    }

    @Test
    void oneInvalidObjectOfAnInsertAllStopsAllOfIt() throws SQLException {
        empty();
        ConstraintViolationException refused = assertThrows(
                ConstraintViolationException.class,
                () -> bank.openAll(List.of(new Account("ada", "Ada", 1), new Account("bad", " ", 1))));

        assertEquals("Account[1].owner: must not be blank (was ' ')", refused.getMessage());
        assertEquals(List.of(), postgres.column("select id from accounts"));
    }

    @Test
    void constraintValidatorsGetTheContainersBeans() throws SQLException {
        empty();
        coupons.insert(new Coupon("WELCOME"));
        ConstraintViolationException refused =
                assertThrows(ConstraintViolationException.class, () -> coupons.insert(new Coupon("FREE")));

        assertEquals("Coupon.code: is not a code of the code book (was 'FREE')", refused.getMessage());
        assertEquals(List.of("WELCOME"), postgres.column("select code from coupons"));
    }
}
