package io.toasty.benchmarks.model;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.HasMany;

/** A user: an identity key, two strings and two numbers, as most tables look. */
@Model(table = "users")
public class User {
    @Key
    @Auto
    private Long id;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Index
    private int age;

    private int score;

    /** The user's posts, loaded by {@code include(User_.posts)}. */
    @Relation(mappedBy = "user")
    private HasMany<Post> posts = HasMany.notLoaded();

    /** For Toasty. */
    public User() {}

    public User(String email, String name, int age) {
        this.email = email;
        this.name = name;
        this.age = age;
    }

    /** Every column: what raw JDBC maps a row into. */
    public User(Long id, String email, String name, int age, int score) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.age = age;
        this.score = score;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    /** The user's posts, when a query included them. */
    public HasMany<Post> getPosts() {
        return posts;
    }

    public void setPosts(HasMany<Post> posts) {
        this.posts = posts;
    }
}
