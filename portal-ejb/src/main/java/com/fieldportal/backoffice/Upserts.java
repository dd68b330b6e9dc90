package com.fieldportal.backoffice;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.Changes;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ConflictException;
import com.fieldportal.shared.ExternallyKnown;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * What every upsert ends with: an audit entry with the API key's name when a document created or changed a record
 * (none when it was the same), and the answer. And what every upsert checks: a number or e-mail address the
 * document claims is not another record's.
 */
@Dependent
class Upserts {

    @EJB
    AuditLog audit;

    @Inject
    CallingKey key;

    Stored created(BaseEntity entity, String externalId) {
        String type = entity.getClass().getSimpleName();
        audit.record(key.caller().actor(), action(type, "CREATED"), type, entity.getId(), "External id " + externalId);
        return new Stored(externalId, entity.getId(), Stored.Outcome.CREATED);
    }

    Stored revised(BaseEntity entity, String externalId, Changes changes) {
        if (changes.isEmpty()) {
            return new Stored(externalId, entity.getId(), Stored.Outcome.UNCHANGED);
        }
        String type = entity.getClass().getSimpleName();
        audit.record(key.caller().actor(), action(type, "UPDATED"), type, entity.getId(), changes.toString());
        return new Stored(externalId, entity.getId(), Stored.Outcome.UPDATED);
    }

    /** @throws ConflictException when another record of this type has this value in this field */
    static void requireFree(EntityManager em, Class<? extends ExternallyKnown> type, String field, String value, String what,
                            ExternallyKnown self) {
        em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + field + " = :value", type).setParameter("value", value)
                .getResultStream().filter(other -> other != self).findFirst().ifPresent(other -> {
                    throw new ConflictException(what + " " + value + " is already " + (other.getExternalId() == null
                            ? "used in the portal" : "used by " + other.getExternalId()) + ".");
                });
    }

    private static String action(String type, String what) {
        return type.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_" + what;
    }
}
