package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.RelationAttribute;
import io.toasty.relation.HasMany;
import io.toasty.relation.RelationNotLoadedException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.InMemoryCompiler;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations of models compiled without the annotation processor: the same rules at startup, and reflection. */
@DatabaseTest
class UnprocessedRelationsTest {
    private static final String OWNER =
            """
            package u;
            import io.toasty.model.*;
            import io.toasty.relation.*;
            @Model
            public class Owner {
                @Key @Auto public Long id;
                public String name;
                @Relation(mappedBy = "%s") private HasMany<Pet> pets = HasMany.notLoaded();
                public HasMany<Pet> getPets() { return pets; }
                public void setPets(HasMany<Pet> pets) { this.pets = pets; }
            }
            """;
    private static final String PET =
            """
            package u;
            import io.toasty.model.*;
            import io.toasty.relation.*;
            @Model
            public class Pet {
                @Key @Auto public Long id;
                public %s ownerId;
                public String name;
                @Relation(key = "ownerId", onDelete = OnDelete.CASCADE) public BelongsTo<Owner> owner;
            }
            """;

    private final TestDatabase db;

    UnprocessedRelationsTest(TestDatabase db) {
        this.db = db;
    }

    private static List<Class<?>> compileWithoutProcessor(String mappedBy) throws ClassNotFoundException {
        return compileWithoutProcessor(mappedBy, "Long");
    }

    private static List<Class<?>> compileWithoutProcessor(String mappedBy, String foreignKeyType)
            throws ClassNotFoundException {
        InMemoryCompiler.Compilation compilation =
                InMemoryCompiler.compile(List.of(), OWNER.formatted(mappedBy), PET.formatted(foreignKeyType));
        assertTrue(compilation.success(), compilation.messages().toString());
        assertTrue(compilation.paths().stream().noneMatch(p -> p.endsWith("_Accessor.class")), "no processor ran");
        return List.of(
                Class.forName("u.Owner", true, compilation.classLoader()),
                Class.forName("u.Pet", true, compilation.classLoader()));
    }

    @Test
    void relationsWorkThroughReflection() throws Exception {
        List<Class<?>> models = compileWithoutProcessor("owner");
        Toasty toasty = db.toasty(models.get(0), models.get(1));
        roundTrip(toasty.repository(models.get(0)), toasty.repository(models.get(1)));
    }

    private <O, P> void roundTrip(Repository<O> owners, Repository<P> pets) throws Exception {
        O owner = owners.model().getConstructor().newInstance();
        owners.model().getField("name").set(owner, "Ann");
        owners.insert(owner);
        P pet = pets.model().getConstructor().newInstance();
        pets.model().getField("name").set(pet, "Rex");
        pets.insert(pet);
        RelationAttribute<O, P> relation = new RelationAttribute<>(owners.model(), "pets", pets.model());
        assertTrue(owners.link(owner, relation, pet));
        db.sqlLog().clear();
        List<O> read = owners.query().include(relation).list();
        assertEquals(2, db.sqlLog().count());
        HasMany<?> loaded = (HasMany<?>) owners.model().getMethod("getPets").invoke(read.get(0));
        assertEquals(1, loaded.get().size());
        HasMany<?> unloaded = (HasMany<?>)
                owners.model().getMethod("getPets").invoke(owners.query().one());
        assertEquals(
                "Owner.pets was not loaded: add .include(Owner_.pets) to the query, or load it for objects in hand"
                        + " with repository.load(objects, Owner_.pets)",
                assertThrows(RelationNotLoadedException.class, unloaded::get).getMessage());
    }

    @Test
    void anUnknownMappedByFailsAtStartupWithTheProcessorsMessage() throws Exception {
        List<Class<?>> models = compileWithoutProcessor("keeper");
        MappingException e = assertThrows(MappingException.class, () -> db.builder(models.get(0), models.get(1))
                .build());
        assertEquals(
                "Cannot map the relations of these models:\n  - Owner.pets is mappedBy \"keeper\", but Pet has no"
                        + " BelongsTo relation of that name: its BelongsTo relations are [owner]",
                e.getMessage());
    }

    @Test
    void aForeignKeyOfAnotherTypeFailsAtStartupWithTheProcessorsMessage() throws Exception {
        List<Class<?>> models = compileWithoutProcessor("owner", "Integer");
        MappingException e = assertThrows(MappingException.class, () -> db.builder(models.get(0), models.get(1))
                .build());
        assertEquals(
                "Cannot map the relations of these models:\n  - Pet.owner: the foreign-key field Pet.ownerId has type"
                        + " java.lang.Integer, but it refers to Owner.id of type java.lang.Long: give them the same type",
                e.getMessage());
    }
}
