package io.toasty.benchmarks.model;

import java.util.List;

/** A user with its posts loaded: what preload_100x10 returns for Toasty and raw JDBC. */
public record UserWithPosts(User user, List<Post> posts) {}
