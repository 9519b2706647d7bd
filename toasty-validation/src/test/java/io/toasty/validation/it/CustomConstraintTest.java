package io.toasty.validation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A constraint of the application's own, with its own validator, guards every kind of write. */
@DatabaseTest
class CustomConstraintTest {
    private final TestDatabase db;
    private final Repository<Product> products;

    CustomConstraintTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = Fixtures.toasty(db, new BeanValidationWriteListener(Fixtures.VALIDATOR), Product.class);
        toasty.schema().create();
        this.products = toasty.repository(Product.class);
    }

    @Test
    void itRefusesAnInsert() {
        db.sqlLog().clear();
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class,
                () -> products.insertAll(
                        List.of(new Product("Tea", "3.50", "EUR"), new Product("Coffee", "4.00", "EURO"))));
        assertEquals(
                "Product[1].currency: must be an ISO 4217 currency code, such as EUR (was 'EURO')",
                thrown.getMessage());
        assertEquals(
                CurrencyCode.class,
                thrown.getConstraintViolations()
                        .iterator()
                        .next()
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType());
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
    }

    @Test
    void itRefusesAnUpdate() {
        Product tea = products.insert(new Product("Tea", "3.50", "EUR"));
        Product renamed = new Product(tea.id(), tea.name(), tea.price(), "XTS-1");
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> products.update(renamed));
        assertEquals(
                "Product.currency: must be an ISO 4217 currency code, such as EUR (was 'XTS-1')", thrown.getMessage());
        assertEquals("EUR", products.get(tea.id()).currency());
    }

    @Test
    void itRefusesASetBasedUpdate() {
        products.insert(new Product("Tea", "3.50", "EUR"));
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class, () -> products.query().update(Product_.currency.set("eur")));
        assertEquals(
                "Product.currency: must be an ISO 4217 currency code, such as EUR (was 'eur')", thrown.getMessage());
        assertEquals(1, products.query().update(Product_.currency.set("CHF")));
        assertEquals("CHF", products.query().one().currency());
    }
}
