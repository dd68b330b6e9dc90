package com.fieldportal.backoffice;

import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly export of a big contractor: up to {@value #MOST} invoices or payments in one call, each document
 * answered on its own. Each document is all or nothing; documents are written {@value #CHUNK} to a transaction
 * (one commit per document would cap the rate at what the disk can sync), and a chunk that fails at commit is
 * written again one document per transaction, so that only the bad one is refused.
 */
@Stateless
@RolesAllowed(Roles.API_WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkUpserts {

    public static final int MOST = 1000;
    static final int CHUNK = 100;
    private static final Logger LOG = Logger.getLogger(BulkUpserts.class.getName());

    @Inject
    Validator validator;

    @EJB
    InvoiceSync invoices;

    @EJB
    PaymentSync payments;

    public BulkResult invoices(List<InvoiceDocument> documents) {
        return store(documents, invoices);
    }

    public BulkResult payments(List<PaymentDocument> documents) {
        return store(documents, payments);
    }

    private <D extends Document> BulkResult store(List<D> documents, ChunkStore<D> store) {
        if (documents == null || documents.isEmpty() || documents.size() > MOST) {
            throw new InvalidDocument(List.of(new FieldError("", "Send a list of 1 to " + MOST + " documents.")));
        }
        BulkItem[] answers = new BulkItem[documents.size()];
        List<BulkItem> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            D document = documents.get(i);
            BulkItem item = BulkItem.of(i, document == null ? null : document.externalId());
            List<FieldError> errors = errorsOf(document, seen);
            if (errors.isEmpty()) {
                valid.add(item);
            } else {
                answers[i] = item.refused(new InvalidDocument(errors));
            }
        }
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<BulkItem> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            List<D> chunkDocuments = chunk.stream().map(item -> documents.get(item.index())).toList();
            try {
                store.storeChunk(chunk, chunkDocuments).forEach(answer -> answers[answer.index()] = answer);
            } catch (EJBException e) {
                LOG.log(Level.FINE, "A bulk's chunk failed at commit; storing its documents one by one", e);
                for (BulkItem item : chunk) {
                    answers[item.index()] = storeAlone(item, documents.get(item.index()), store);
                }
            }
        }
        return BulkResult.of(Arrays.asList(answers));
    }

    private static <D extends Document> BulkItem storeAlone(BulkItem item, D document, ChunkStore<D> store) {
        try {
            return item.stored(store.storeOne(document));
        } catch (BusinessException e) {
            return item.refused(e);
        } catch (EJBException e) {
            if (isConcurrentChange(e)) {
                return item.refused(new ConflictException("Another call changed or created the same record at the same moment; "
                        + "nothing of this document was stored. Send it again."));
            }
            LOG.log(Level.WARNING, "Document " + item.index() + " of a bulk could not be stored", e);
            return item.refused(new BusinessException("The document could not be stored; nothing of it was written."));
        }
    }

    /** An optimistic lock or a unique key (SQLSTATE 23505, PostgreSQL and H2) lost to another call. */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private <D extends Document> List<FieldError> errorsOf(D document, Set<String> seen) {
        if (document == null) {
            return List.of(new FieldError("", "must not be null"));
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(document).stream()
                .map(FieldError::of)
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
        if (document.externalId() == null || document.externalId().isBlank()) {
            errors.add(new FieldError("externalId", "must not be blank"));
        } else if (!seen.add(document.externalId())) {
            errors.add(new FieldError("externalId", "appears more than once in this bulk"));
        }
        return errors;
    }
}
