package com.fieldportal.backoffice;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Tokens;
import com.fieldportal.staff.SignedInStaff;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys: admins create, list and revoke them in the staff console; every API call is checked here. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiKeys {

    /** Shown before the random part so that a leaked key is recognisable (secret scanners, logs). */
    static final String TOKEN_START = "fpk_";
    private static final int MAX_NAME = 100;
    private static final int MAX_RATE = 100_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    public List<ApiKeyRow> all() {
        return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultList().stream().map(ApiKey::row).toList();
    }

    /** Creates a key and returns its token: the only time it is shown. */
    public String create(String name, ApiScope scope, int requestsPerMinute) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessException("Name the key (at most " + MAX_NAME + " characters), after the system that will use it.");
        }
        if (scope == null) {
            throw new BusinessException("Choose whether the key may write or only read.");
        }
        if (requestsPerMinute < 1 || requestsPerMinute > MAX_RATE) {
            throw new BusinessException("Requests per minute must be between 1 and " + MAX_RATE + ".");
        }
        String token = TOKEN_START + Tokens.newToken();
        ApiKey key = new ApiKey(label, scope, Tokens.sha256(token), token.substring(0, TOKEN_START.length() + 6),
                requestsPerMinute, staff.actor().name(), Instant.now());
        em.persist(key);
        em.flush();
        audit.record(staff.actor(), "API_KEY_CREATED", "ApiKey", key.getId(), label + " (" + scope + ", " + requestsPerMinute + "/min)");
        return token;
    }

    public void revoke(long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new NotFoundException("API key");
        }
        if (!key.isRevoked()) {
            key.revoke(Instant.now());
            audit.record(staff.actor(), "API_KEY_REVOKED", "ApiKey", id, key.getName());
        }
    }

    /** The key of this bearer token, unless it is unknown or revoked. */
    @PermitAll
    public Optional<ApiCaller> verify(String token) {
        if (token == null || !token.startsWith(TOKEN_START) || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiKey.byTokenHash", ApiKey.class).setParameter("hash", Tokens.sha256(token))
                .getResultStream().filter(key -> !key.isRevoked()).findFirst()
                .map(key -> {
                    key.noteUse(Instant.now());
                    return key.caller();
                });
    }
}
