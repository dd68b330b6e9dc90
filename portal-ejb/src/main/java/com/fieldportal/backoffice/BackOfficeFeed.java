package com.fieldportal.backoffice;

import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.reconciliation.FindingKind;
import com.fieldportal.reconciliation.ReconciliationRun;
import com.fieldportal.reconciliation.Resolution;
import com.fieldportal.request.Attachment;
import com.fieldportal.request.AttachmentStore;
import com.fieldportal.request.Priority;
import com.fieldportal.request.RequestStatus;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the back office pulls: requests and comments, signatures, portal payments and reconciliation runs, each
 * changed after a cursor, oldest first, a page at a time (keyset paging: a page costs the same at row 100,000).
 */
@Stateless
@RolesAllowed(Roles.API_READ)
public class BackOfficeFeed {

    public static final int MOST = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AttachmentStore store;

    public Feed<PaymentItem> payments(Cursor after, int limit) {
        List<PaymentItem> rows = em.createQuery("""
                        SELECT p.id, i.externalId, i.number, p.principal, p.convenienceFee, p.refunded, p.status, p.method.type, p.method.brand,
                               p.method.lastFour, p.gatewayReference, p.source, c.email, p.createdAt, p.settledAt, p.changedAt
                        FROM Payment p JOIN p.invoice i LEFT JOIN p.contact c
                        WHERE p.source <> com.fieldportal.invoice.PaymentSource.BACK_OFFICE
                          AND p.changedAt >= :at AND (p.changedAt > :at OR p.id > :id)
                        ORDER BY p.changedAt, p.id""", Object[].class)
                .setParameter("at", after.at()).setParameter("id", after.id()).setMaxResults(size(limit) + 1)
                .getResultStream().map(r -> new PaymentItem((Long) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4],
                        (BigDecimal) r[5], (PaymentStatus) r[6], (PaymentType) r[7], (String) r[8], (String) r[9], (String) r[10],
                        (PaymentSource) r[11], (String) r[12], (Instant) r[13], (Instant) r[14], (Instant) r[15])).toList();
        return Feed.of(rows, size(limit), PaymentItem::changedAt, PaymentItem::id);
    }

    public Feed<RequestItem> requests(Cursor after, int limit) {
        List<Object[]> requests = em.createQuery("""
                        SELECT r.id, r.number, p.externalId, p.name, c.email, r.subject, r.description, r.priority, r.status, r.createdAt,
                               r.completedAt, r.changedAt
                        FROM ServiceRequest r JOIN r.property p LEFT JOIN r.createdBy c
                        WHERE r.changedAt >= :at AND (r.changedAt > :at OR r.id > :id)
                        ORDER BY r.changedAt, r.id""", Object[].class)
                .setParameter("at", after.at()).setParameter("id", after.id()).setMaxResults(size(limit) + 1).getResultList();
        List<Long> ids = requests.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<RequestItem.Comment>> comments = new HashMap<>();
        Map<Long, List<RequestItem.File>> files = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("""
                            SELECT a.id, a.fileName, a.contentType, a.size, r.id, c.id FROM Attachment a LEFT JOIN a.request r LEFT JOIN a.comment c
                            WHERE r.id IN :ids OR c.request.id IN :ids ORDER BY a.id""", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(a -> files.computeIfAbsent(a[4] != null ? (Long) a[4] : -(Long) a[5], k -> new ArrayList<>())
                            .add(new RequestItem.File((Long) a[0], (String) a[1], (String) a[2], (Long) a[3], "attachments/" + a[0])));
            em.createQuery("""
                            SELECT c.id, c.request.id, COALESCE(s.name, k.name), s.id, c.text, c.createdAt FROM RequestComment c
                            LEFT JOIN c.authorStaff s LEFT JOIN c.authorContact k
                            WHERE c.request.id IN :ids ORDER BY c.createdAt, c.id""", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(c -> comments.computeIfAbsent((Long) c[1], k -> new ArrayList<>()).add(new RequestItem.Comment((Long) c[0],
                            (String) c[2], c[3] != null, (String) c[4], (Instant) c[5], files.getOrDefault(-(Long) c[0], List.of()))));
        }
        List<RequestItem> rows = requests.stream().map(r -> new RequestItem((Long) r[0], "R-" + r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (Priority) r[7], (RequestStatus) r[8], (Instant) r[9], (Instant) r[10],
                (Instant) r[11], files.getOrDefault((Long) r[0], List.of()), comments.getOrDefault((Long) r[0], List.of()))).toList();
        return Feed.of(rows, size(limit), RequestItem::changedAt, RequestItem::id);
    }

    public Feed<SignatureItem> signatures(Cursor after, int limit) {
        List<SignatureItem> rows = em.createQuery("""
                        SELECT s.id, p.externalId, p.number, p.price, s.chosenOptionalLines, s.signerName, s.signerEmail, s.signedAt,
                               s.ipAddress, s.userAgent, s.documentSha256, p.id
                        FROM ProposalSignature s JOIN s.proposal p
                        WHERE s.signedAt >= :at AND (s.signedAt > :at OR s.id > :id) ORDER BY s.signedAt, s.id""", Object[].class)
                .setParameter("at", after.at()).setParameter("id", after.id()).setMaxResults(size(limit) + 1)
                .getResultStream().map(r -> new SignatureItem((Long) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                        r[4] == null || ((String) r[4]).isEmpty() ? List.of() : List.of(((String) r[4]).split("\n")),
                        (String) r[5], (String) r[6], (Instant) r[7], (String) r[8], (String) r[9], (String) r[10],
                        "proposals/" + r[11] + "/signed.pdf")).toList();
        return Feed.of(rows, size(limit), SignatureItem::signedAt, SignatureItem::id);
    }

    /** The PDF the customer signed, as it was printed at signing. */
    public byte[] signedPdf(long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || proposal.getSignature() == null || proposal.getSignature().getSignedPdf() == null) {
            throw new NotFoundException("A signed proposal " + proposalId);
        }
        return proposal.getSignature().getSignedPdf();
    }

    /** Runs that have ended (completed, failed or stopped), by when they ended: a resumed run comes again when it ends. */
    public Feed<RunItem> runs(Cursor after, int limit) {
        List<ReconciliationRun> runs = em.createQuery("""
                        SELECT r FROM ReconciliationRun r
                        WHERE r.endedAt IS NOT NULL AND r.endedAt >= :at AND (r.endedAt > :at OR r.id > :id)
                        ORDER BY r.endedAt, r.id""", ReconciliationRun.class)
                .setParameter("at", after.at()).setParameter("id", after.id()).setMaxResults(size(limit) + 1).getResultList();
        Map<Long, List<RunItem.Finding>> findings = new HashMap<>();
        if (!runs.isEmpty()) {
            em.createQuery("""
                            SELECT f.run.id, f.kind, f.recordType, f.recordId, f.storedValue, f.computedValue, f.resolution
                            FROM ReconciliationFinding f WHERE f.run.id IN :ids ORDER BY f.id""", Object[].class)
                    .setParameter("ids", runs.stream().map(ReconciliationRun::getId).toList()).getResultList()
                    .forEach(f -> findings.computeIfAbsent((Long) f[0], k -> new ArrayList<>()).add(new RunItem.Finding((FindingKind) f[1],
                            (String) f[2], (Long) f[3], (String) f[4], (String) f[5], (Resolution) f[6])));
        }
        List<RunItem> rows = runs.stream().map(r -> new RunItem(r.getId(), r.getStartedAt(), r.getEndedAt(), r.getStatus(), r.getStartedBy(),
                r.getPaymentsSettled(), r.getPaymentsReturned(), r.getInvoicesChecked(), r.getInvoicesFixed(), r.getCreditsChecked(),
                r.getCreditsFixed(), r.getCreditsReported(), r.getFailures(), findings.getOrDefault(r.getId(), List.of()))).toList();
        return Feed.of(rows, size(limit), RunItem::endedAt, RunItem::id);
    }

    /** A request's or comment's file, for the back office (any account's: the key reads them all). */
    public Attachment attachment(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw new NotFoundException("Attachment " + id);
        }
        return attachment;
    }

    public void copyAttachment(long id, OutputStream out) throws IOException {
        store.copy(attachment(id), out);
    }

    private static int size(int asked) {
        return Math.max(1, Math.min(asked, MOST));
    }
}
