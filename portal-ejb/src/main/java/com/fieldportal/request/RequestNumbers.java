package com.fieldportal.request;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Request numbers (R-1042) come from their own sequence, so that they are short and never reused. */
@PermitAll
@Stateless
public class RequestNumbers {

    @PersistenceContext
    EntityManager em;

    public long next() {
        return ((Number) em.createNativeQuery("SELECT nextval('request_number_seq')").getSingleResult()).longValue();
    }
}
