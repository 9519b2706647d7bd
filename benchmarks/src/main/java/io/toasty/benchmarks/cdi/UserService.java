package io.toasty.benchmarks.cdi;

import io.toasty.Repository;
import io.toasty.benchmarks.model.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An application service: each method is one JTA transaction, begun and committed by {@code @Transactional}. */
@ApplicationScoped
public class UserService implements Users {
    @Inject
    Repository<User> users;

    @Override
    @Transactional
    public long insert(User user) {
        return users.insert(user).getId();
    }

    @Override
    @Transactional
    public User find(long id) {
        return users.find(id).orElse(null);
    }
}
