package io.toasty.inherit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.toasty.Deferred;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hierarchy whose base is abstract, with the default discriminator column and values. */
@DatabaseTest
class AbstractBaseTest {
    private final Toasty toasty;
    private final Repository<Payment> payments;

    AbstractBaseTest(TestDatabase db) {
        this.toasty = db.toasty(Payment.class, CardPayment.class, Transfer.class);
        this.payments = toasty.repository(Payment.class);
    }

    @Test
    void rowsAreReadAsTheirConcreteClasses() {
        payments.insertAll(List.of(
                new CardPayment("p1", new BigDecimal("9.50"), "4242"),
                new Transfer("p2", new BigDecimal("120.00"), "DE89370400440532013000")));

        List<Payment> all = payments.query().orderBy(Payment_.reference.asc()).list();

        assertEquals(
                List.of(CardPayment.class, Transfer.class),
                all.stream().map(Object::getClass).toList());
        assertEquals("4242", ((CardPayment) all.get(0)).last4);
        assertEquals(1, toasty.repository(Transfer.class).count());
        assertEquals(
                List.of("CardPayment", "Transfer"),
                toasty.sql("SELECT \"type\" FROM \"payments\" ORDER BY \"reference\"")
                        .list(String.class));
        assertEquals("DE89370400440532013000", toasty.repository(Transfer.class).get("p2").iban);
    }

    @Test
    void hooksOfTheBaseRunForEverySubclassAndBeforeTheSubclassOwn() {
        CardPayment throughBase = new CardPayment("h1", BigDecimal.ONE, "1111");
        CardPayment throughSubclass = new CardPayment("h2", BigDecimal.ONE, "2222");
        Transfer transfer = new Transfer("h3", BigDecimal.ONE, "DE02120300000000202051");

        payments.insertAll(List.of(throughBase, transfer));
        toasty.repository(CardPayment.class).insert(throughSubclass);

        assertEquals(List.of("payment", "card"), throughBase.hooksRun);
        assertEquals(List.of("payment", "card"), throughSubclass.hooksRun);
        assertEquals(List.of("payment"), transfer.hooksRun);
    }

    @Test
    void timestampsAndDeferredFieldsOfASubclass() {
        Transfer transfer = new Transfer("p3", new BigDecimal("5.00"), "FR7630006000011234567890189");
        transfer.memo = Deferred.of("rent");
        Repository<Transfer> transfers = toasty.repository(Transfer.class);
        payments.insert(transfer);
        assertNotNull(transfer.checkedAt);

        Transfer throughBase = (Transfer) payments.get("p3");
        assertFalse(throughBase.memo.isLoaded());
        assertNotNull(throughBase.checkedAt);
        assertEquals(
                "rent", transfers.query().include(Transfer_.memo).one().memo.get());
        throughBase.iban = "changed";
        payments.update(throughBase);
        assertEquals(
                "rent", transfers.query().include(Transfer_.memo).one().memo.get(), "the unloaded column is kept");
    }
}
