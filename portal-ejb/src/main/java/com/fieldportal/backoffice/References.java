package com.fieldportal.backoffice;

import com.fieldportal.shared.ExternallyKnown;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The records documents name by their external ids, found once per transaction (a bulk loads a whole chunk's in
 * one query per kind), and the names that were not found, which {@link #requireKnown} then refuses all together.
 */
class References {

    /**
     * EclipseLink's hint to send these values as literals (escaped) rather than bound: the database then plans each
     * lookup for the table as it is. PostgreSQL otherwise keeps a prepared statement's generic plan, and one made while
     * a table was small goes on scanning it whole as an import grows it (measured: 2,500 invoices/s fell to 450 before
     * the next ANALYZE).
     */
    static final String LITERALS = "eclipselink.jdbc.bind-parameters";

    private final EntityManager em;
    private final Map<Class<?>, Map<String, Optional<?>>> found = new HashMap<>();
    private final List<String> unknown = new ArrayList<>();

    References(EntityManager em) {
        this.em = em;
    }

    /** Loads these records (those not loaded yet) in one query. */
    <T> void preload(Class<T> type, Collection<String> externalIds) {
        preload(type, externalIds, false);
    }

    /** Loads and locks these records (as a change of their balance needs) in one query. */
    <T> void preloadLocked(Class<T> type, Collection<String> externalIds) {
        preload(type, externalIds, true);
    }

    private <T> void preload(Class<T> type, Collection<String> externalIds, boolean lock) {
        Map<String, Optional<?>> known = found.computeIfAbsent(type, t -> new HashMap<>());
        List<String> missing = externalIds.stream().filter(Objects::nonNull).distinct().filter(id -> !known.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += 1000) {
            List<String> ids = missing.subList(from, Math.min(missing.size(), from + 1000));
            ids.forEach(References::requirePrintable);
            ids.forEach(id -> known.put(id, Optional.empty()));
            em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.externalId IN :ids", type).setParameter("ids", ids)
                    .setHint(LITERALS, false).setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultList().forEach(entity -> known.put(externalIdOf(entity), Optional.of(entity)));
        }
    }

    /** The record with this external id, if there is one. */
    <T> Optional<T> find(Class<T> type, String externalId) {
        preload(type, List.of(externalId));
        return found.get(type).get(externalId).map(type::cast);
    }

    /** The record a document refers to: null when it names none, noted as unknown when there is none. */
    <T> T require(Class<T> type, String what, String externalId) {
        if (externalId == null) {
            return null;
        }
        Optional<T> entity = find(type, externalId);
        if (entity.isEmpty()) {
            unknown.add(what + " " + externalId);
        }
        return entity.orElse(null);
    }

    /** A record created in this transaction: the next document of a bulk that names it finds it. */
    void remember(Class<?> type, String externalId, Object entity) {
        found.computeIfAbsent(type, t -> new HashMap<>()).put(externalId, Optional.of(entity));
    }

    /** @throws UnknownReferences naming every reference not found since the last call */
    void requireKnown() {
        if (!unknown.isEmpty()) {
            List<String> names = List.copyOf(unknown);
            unknown.clear();
            throw new UnknownReferences(names);
        }
    }

    /**
     * Ids go to the database as literals (see {@link #LITERALS}); EclipseLink doubles their quotes, and a backslash is
     * refused too, so that no setting of the database (standard_conforming_strings) can make one end a literal.
     */
    static void requirePrintable(String id) {
        if (id.indexOf('\\') >= 0 || id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDocument(List.of(new FieldError("externalId", "may not hold a backslash or a control character: " + id.strip())));
        }
    }

    private static String externalIdOf(Object entity) {
        return ((ExternallyKnown) entity).getExternalId();
    }
}
