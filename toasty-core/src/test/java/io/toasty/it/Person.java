package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;
import io.toasty.model.Version;

/** A class model with an identity key, a unique and an indexed column, nullable fields and a version. */
@Model
public class Person {
    @Key
    @Auto
    Long id;

    @Unique
    @Column(nullable = false, length = 100)
    String email;

    @Index
    String name;

    Integer age;

    int score;

    Status status = Status.ACTIVE;

    @Version
    long version;

    transient String scratch;

    Person() {}

    Person(String email, String name, Integer age) {
        this.email = email;
        this.name = name;
        this.age = age;
    }

    Person(String email, String name, Integer age, int score) {
        this(email, name, age);
        this.score = score;
    }

    @Override
    public String toString() {
        return "Person{" + id + ", " + email + ", " + name + ", " + age + ", " + score + ", v" + version + "}";
    }
}
