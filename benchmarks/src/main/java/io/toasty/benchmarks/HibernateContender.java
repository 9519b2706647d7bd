package io.toasty.benchmarks;

import io.toasty.benchmarks.jpa.PostEntity;
import io.toasty.benchmarks.jpa.UserEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Hibernate ORM through the JPA API, as its guide shows it: an entity manager per unit of work, a transaction around
 * writes, JDBC batching for the flush of many updates, a fetch join to load users with their posts. IDENTITY keys,
 * as Toasty's, mean inserts are not batched (Hibernate needs each generated key at once).
 */
final class HibernateContender implements Contender {
    /** Hibernate logs through JUL here: keep its startup notes out of the benchmark output. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final SessionFactory factory;

    HibernateContender(DataSource dataSource) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        this.factory = new HibernatePersistenceConfiguration("benchmarks")
                .managedClasses(UserEntity.class, PostEntity.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .createEntityManagerFactory();
    }

    private <R> R read(Function<EntityManager, R> work) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            return work.apply(entityManager);
        }
    }

    private <R> R write(Function<EntityManager, R> work) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                R result = work.apply(entityManager);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    @Override
    public long insertOne(int n) {
        return write(entityManager -> {
            UserEntity user = new UserEntity(Contender.email(n), Contender.name(n), Contender.age(n));
            entityManager.persist(user);
            return user.getId();
        });
    }

    @Override
    public long[] bulkInsert(int n, int count) {
        UserEntity[] inserted = write(entityManager -> {
            UserEntity[] users = new UserEntity[count];
            for (int i = 0; i < count; i++) {
                users[i] = new UserEntity(Contender.email(n + i), Contender.name(n + i), Contender.age(n + i));
                entityManager.persist(users[i]);
            }
            return users;
        });
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = inserted[i].getId();
        }
        return ids;
    }

    @Override
    public Object findById(long id) {
        return read(entityManager -> entityManager.find(UserEntity.class, id));
    }

    @Override
    public List<UserEntity> findMany(int minAge, int limit) {
        return read(entityManager -> entityManager
                .createQuery("from UserEntity u where u.age >= :age order by u.id", UserEntity.class)
                .setParameter("age", minAge)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public long updateSetBased(long from, long to) {
        return write(entityManager -> (long) entityManager
                .createQuery("update UserEntity u set u.score = u.score + 1 where u.id between :from and :to")
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate());
    }

    /** Dirty checking at commit: one batched UPDATE per changed entity. */
    @Override
    public long updateLoadModifySave(long from, long to) {
        return write(entityManager -> {
            List<UserEntity> users = entityManager
                    .createQuery("from UserEntity u where u.id between :from and :to order by u.id", UserEntity.class)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
            for (UserEntity user : users) {
                user.setScore(user.getScore() + 1);
            }
            return (long) users.size();
        });
    }

    /** One statement: a fetch join, users repeated on each of their posts' rows. */
    @Override
    public List<UserEntity> preload(long from, long to) {
        return read(entityManager -> entityManager
                .createQuery(
                        "from UserEntity u left join fetch u.posts where u.id between :from and :to order by u.id",
                        UserEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    @Override
    public List<UserEntity> pageKeyset(long after, int size) {
        return read(entityManager -> entityManager
                .createQuery("from UserEntity u where u.id > :after order by u.id", UserEntity.class)
                .setParameter("after", after)
                .setMaxResults(size)
                .getResultList());
    }

    @Override
    public Map<Integer, Long> countGroup() {
        return read(entityManager -> {
            Map<Integer, Long> counts = new HashMap<>();
            for (Object[] row : entityManager
                    .createQuery("select u.age / 10, count(*) from UserEntity u group by u.age / 10", Object[].class)
                    .getResultList()) {
                counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
            }
            return counts;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
