package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Auto;
import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Inheritance;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A single-table hierarchy under CDI: the base and each subclass are models of the index, share one table, and each
 * gets its repository bean.
 */
@DatabaseTest
class InheritanceTest {
    private final TestDatabase db;

    InheritanceTest(TestDatabase db) {
        this.db = db;
    }

    @Model(table = "animals")
    @Inheritance
    public abstract static class Animal {
        @Key
        @Auto
        Long id;

        String name;

        protected Animal() {}

        protected Animal(String name) {
            this.name = name;
        }
    }

    @Model
    @DiscriminatorValue("cat")
    public static class Cat extends Animal {
        Integer lives;

        public Cat() {}

        Cat(String name, Integer lives) {
            super(name);
            this.lives = lives;
        }
    }

    @Model
    @DiscriminatorValue("dog")
    public static class Dog extends Animal {
        String breed;

        public Dog() {}

        Dog(String name, String breed) {
            super(name);
            this.breed = breed;
        }
    }

    @ApplicationScoped
    public static class Shelter {
        @Inject
        Repository<Animal> animals;

        @Inject
        Repository<Cat> cats;

        @Inject
        Repository<Dog> dogs;

        void admit(Animal animal) {
            animals.insert(animal);
        }

        void admitDog(Dog dog) {
            dogs.insert(dog);
        }

        List<String> classesOfAll() {
            return animals.query().list().stream()
                    .map(a -> a.getClass().getSimpleName())
                    .sorted()
                    .toList();
        }

        long cats() {
            return cats.count();
        }

        String breedOfTheDog() {
            return dogs.query().one().breed;
        }
    }

    @Test
    void theBaseReadsEachRowAsItsClassAndASubclassOnlyItsOwn() {
        try (Deployment.Running app = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "create")
                .beans(Shelter.class)
                .start()) {
            Shelter shelter = app.get(Shelter.class);
            shelter.admit(new Cat("Tom", 9));
            shelter.admitDog(new Dog("Rex", "collie"));

            assertEquals(List.of("Cat", "Dog"), shelter.classesOfAll());
            assertEquals(1, shelter.cats());
            assertEquals("collie", shelter.breedOfTheDog());
        }
    }
}
