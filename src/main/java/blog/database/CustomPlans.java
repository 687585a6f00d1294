package blog.database;

import jakarta.persistence.EntityManager;

/**
 * Lists and counts are planned for their actual values: their best plan depends on them (a
 * popular tag walks or reads whole the index of public posts, a rare one starts from its few
 * post_tags rows). Every other statement keeps PostgreSQL's cached generic plan.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** Needs a transaction; lasts until it ends. */
    public static void forThisTransaction(EntityManager entityManager) {
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
}
