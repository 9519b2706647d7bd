package io.toasty.examples.quickstart;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;
import io.toasty.model.Version;

/** A model written as a class: stored in table {@code users}. */
@Model
public class User {
    @Key
    @Auto
    Long id;

    @Unique
    @Column(nullable = false, length = 200)
    String email;

    @Index
    String name;

    int age;

    Plan plan = Plan.FREE;

    @Version
    long version;

    /** For Toasty, which builds instances from rows. */
    User() {}

    User(String email, String name, int age) {
        this.email = email;
        this.name = name;
        this.age = age;
    }

    @Override
    public String toString() {
        return "User{id=" + id + ", email=" + email + ", name=" + name + ", age=" + age + ", plan=" + plan
                + ", version=" + version + "}";
    }
}
