package io.toasty.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The listener's contract without a database: its arguments, its messages, and what a set-based update follows. */
class BeanValidationWriteListenerTest {
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator();

    private final BeanValidationWriteListener listener = new BeanValidationWriteListener(VALIDATOR);

    interface Audit {}

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DatesInOrder.Check.class)
    @interface DatesInOrder {
        String message() default "must end after it starts";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<DatesInOrder, Stay> {
            @Override
            public boolean isValid(Stay stay, ConstraintValidatorContext context) {
                return stay.end.isAfter(stay.start);
            }
        }
    }

    static final class Address {
        @NotBlank
        final String city;

        Address(String city) {
            this.city = city;
        }

        @Override
        public String toString() {
            return "Address[" + city + "]";
        }
    }

    @DatesInOrder
    static final class Stay {
        LocalDate start = LocalDate.of(2026, 5, 2);
        LocalDate end = LocalDate.of(2026, 5, 1);

        @Size(max = 3)
        byte[] code = new byte[5];

        @Valid
        Address address;

        List<@Valid Address> previous = List.of();

        Optional<@Valid Address> billing = Optional.empty();

        List<@NotBlank String> tags = List.of();

        String unconstrained;
    }

    @Test
    void groupsAreInterfaces() {
        IllegalArgumentException thrown = assertThrows(
                IllegalArgumentException.class,
                () -> new BeanValidationWriteListener(VALIDATOR, List.of(Default.class), List.of(String.class)));
        assertEquals(
                "updateGroups holds java.lang.String, which is not an interface: Bean Validation groups are"
                        + " interfaces",
                thrown.getMessage());
        thrown = assertThrows(
                IllegalArgumentException.class,
                () -> new BeanValidationWriteListener(VALIDATOR, Arrays.asList(Audit.class, null), List.of()));
        assertEquals(
                "insertGroups holds null at index 1: list the groups to validate, or pass an empty list for Default",
                thrown.getMessage());
        assertEquals(
                "validator",
                assertThrows(NullPointerException.class, () -> new BeanValidationWriteListener(null))
                        .getMessage());
        assertEquals(
                "insertGroups",
                assertThrows(
                                NullPointerException.class,
                                () -> new BeanValidationWriteListener(VALIDATOR, null, List.of()))
                        .getMessage());
    }

    @Test
    void anEmptyListMeansDefault() {
        assertEquals(
                "BeanValidationWriteListener[insert=[Default], update=[Default, Audit]]",
                new BeanValidationWriteListener(VALIDATOR, List.of(), List.of(Default.class, Audit.class)).toString());
    }

    @Test
    void aConstraintOnTheWholeObjectIsReportedWithoutItsValue() {
        Stay stay = new Stay();
        stay.code = new byte[2];
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> listener.beforeUpdate(Stay.class, stay));
        assertEquals("Stay: must end after it starts", thrown.getMessage());
    }

    @Test
    void anArrayIsDescribedByItsLength() {
        Stay stay = new Stay();
        stay.end = stay.start.plusDays(1);
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class, () -> listener.beforeInsert(Stay.class, List.of(stay)));
        assertEquals("Stay.code: size must be between 0 and 3 (was byte[5])", thrown.getMessage());
    }

    @Test
    void theMessageListsTwentyViolationsAndTheExceptionHoldsThemAll() {
        List<Stay> stays = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Stay stay = new Stay();
            stay.end = stay.start.plusDays(1);
            stays.add(stay);
        }
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> listener.beforeInsert(Stay.class, stays));
        assertEquals(25, thrown.getConstraintViolations().size());
        String message = thrown.getMessage();
        assertEquals(
                true,
                message.startsWith("Stay[0].code: size must be between 0 and 3 (was byte[5]); Stay[1].code"),
                message);
        assertEquals(
                true,
                message.endsWith("Stay[19].code: size must be between 0 and 3 (was byte[5]); and 5 more"),
                message);
    }

    @Test
    void aSetBasedUpdateFollowsValidIntoItsValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("address", new Address(" "));
        values.put("previous", List.of(new Address("Oslo"), new Address("")));
        values.put("billing", Optional.of(new Address("")));
        values.put("tags", List.of("a", " "));
        values.put("unconstrained", "anything");
        values.put("start", null);
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class, () -> listener.beforeSetBasedUpdate(Stay.class, values));
        assertEquals(
                "Stay.address.city: must not be blank (was ' ');"
                        + " Stay.billing.city: must not be blank (was '');"
                        + " Stay.previous[1].city: must not be blank (was '');"
                        + " Stay.tags[1].<list element>: must not be blank (was ' ')",
                thrown.getMessage());
    }

    @Test
    void aSetBasedUpdateOfValidValuesPasses() {
        Map<String, Object> values = new HashMap<>();
        values.put("address", new Address("Oslo"));
        values.put("previous", null);
        values.put("code", new byte[3]);
        listener.beforeSetBasedUpdate(Stay.class, values);
    }
}
