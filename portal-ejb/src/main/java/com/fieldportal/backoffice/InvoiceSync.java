package com.fieldportal.backoffice;

import com.fieldportal.customer.Property;
import com.fieldportal.invoice.BilledJob;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.LineItem;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.ConflictException;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Invoices as the back office sends them, one at a time or a bulk's chunk at a time. */
@Stateless
@LocalBean
@RolesAllowed(Roles.API_WRITE)
public class InvoiceSync implements ChunkStore<InvoiceDocument> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Upserts upserts;

    public Stored invoice(String externalId, InvoiceDocument document) {
        References references = new References(em);
        Optional<Invoice> existing = references.find(Invoice.class, externalId);
        existing.ifPresent(invoice -> em.lock(invoice, LockModeType.PESSIMISTIC_WRITE));
        Upserts.requireFree(em, Invoice.class, "number", document.number(), "Invoice number", existing.orElse(null));
        return store(externalId, document, references);
    }

    /**
     * Stores a chunk of a bulk in one transaction, loading what it refers to in a few queries. A document a rule
     * refuses is answered and left out (the rules check before they change anything), and so is one whose number
     * another invoice has. Should the commit still fail, the bulk stores the chunk's documents one by one.
     */
    @Override
    public List<BulkItem> storeChunk(List<BulkItem> chunk, List<InvoiceDocument> documents) {
        References references = new References(em);
        references.preloadLocked(Invoice.class, documents.stream().map(Document::externalId).toList());
        documents.forEach(document -> References.requirePrintable(document.number()));
        references.preload(Property.class, documents.stream().map(InvoiceDocument::property).toList());
        references.preload(StaffUser.class, documents.stream().map(InvoiceDocument::serviceContact).filter(Objects::nonNull).toList());
        Map<String, String> numbers = new HashMap<>();
        em.createQuery("SELECT i.number, i.externalId FROM Invoice i WHERE i.number IN :numbers", Object[].class)
                .setParameter("numbers", documents.stream().map(InvoiceDocument::number).distinct().toList())
                .setHint(References.LITERALS, false).getResultList()
                .forEach(row -> numbers.put((String) row[0], Objects.toString(row[1], "an invoice made in the portal")));
        List<BulkItem> answers = ChunkStore.answer(chunk, documents, document -> {
            String owner = numbers.putIfAbsent(document.number(), document.externalId());
            if (owner != null && !owner.equals(document.externalId())) {
                throw new ConflictException("Invoice number " + document.number() + " is already used by " + owner + ".");
            }
            return store(document.externalId(), document, references);
        });
        em.flush();
        return answers;
    }

    @Override
    public Stored storeOne(InvoiceDocument document) {
        return invoice(document.externalId(), document);
    }

    private Stored store(String externalId, InvoiceDocument document, References references) {
        Property property = references.require(Property.class, "property", document.property());
        StaffUser serviceContact = references.require(StaffUser.class, "staff user", document.serviceContact());
        List<BilledJob> jobs = new ArrayList<>();
        for (JobDocument job : Objects.requireNonNullElse(document.jobs(), List.<JobDocument>of())) {
            jobs.add(new BilledJob(job.name(), references.require(Proposal.class, "proposal", job.proposal())));
        }
        references.requireKnown();
        List<LineItem> lines = document.lines().stream().map(line -> new LineItem(line.description(), line.quantity(), line.unitPrice())).toList();
        Optional<Invoice> existing = references.find(Invoice.class, externalId);
        Invoice invoice = existing.orElseGet(() -> new Invoice(document.number(), externalId, property, serviceContact,
                document.invoiceDate(), document.dueDate()));
        var changes = invoice.revise(document.number(), property, serviceContact, document.invoiceDate(), document.dueDate(), lines, jobs);
        if (existing.isPresent()) {
            return upserts.revised(invoice, externalId, changes);
        }
        em.persist(invoice);
        references.remember(Invoice.class, externalId, invoice);
        return upserts.created(invoice, externalId);
    }
}
