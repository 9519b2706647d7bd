package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.HasMany;
import io.toasty.relation.HasOne;

@Model
public class User {
    @Key
    @Auto
    public Long id;

    public String name;
    public Integer age;

    @Relation(mappedBy = "author")
    public HasMany<Post> posts = HasMany.notLoaded();

    @Relation(mappedBy = "user")
    public HasOne<Profile> profile = HasOne.notLoaded();

    @Relation(mappedBy = "user")
    public HasMany<Member> memberships = HasMany.notLoaded();

    @Relation(through = "memberships", via = "group")
    public HasMany<Group> groups = HasMany.notLoaded();

    @Relation(mappedBy = "follower")
    public HasMany<Follow> followingLinks = HasMany.notLoaded();

    @Relation(through = "followingLinks", via = "followee")
    public HasMany<User> following = HasMany.notLoaded();

    @Relation(mappedBy = "followee")
    public HasMany<Follow> followerLinks = HasMany.notLoaded();

    @Relation(through = "followerLinks", via = "follower")
    public HasMany<User> followers = HasMany.notLoaded();

    public User() {}

    public User(String name, int age) {
        this.name = name;
        this.age = age;
    }

    @Override
    public String toString() {
        return "User(" + id + ", " + name + ")";
    }
}
