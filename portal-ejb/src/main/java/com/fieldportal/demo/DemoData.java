package com.fieldportal.demo;

import com.fieldportal.configuration.ImageUpload;
import com.fieldportal.configuration.PortalConfiguration;
import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.customer.Contact;
import com.fieldportal.customer.ContactRole;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.invoice.Credit;
import com.fieldportal.invoice.Invoice;
import com.fieldportal.invoice.MethodSnapshot;
import com.fieldportal.invoice.Payment;
import com.fieldportal.invoice.PaymentSource;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.payment.Adapter;
import com.fieldportal.payment.Charge;
import com.fieldportal.payment.GatewayChoice;
import com.fieldportal.payment.GatewayMethod;
import com.fieldportal.payment.PaymentGateway;
import com.fieldportal.payment.PaymentMethod;
import com.fieldportal.payment.sandbox.SandboxFields;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalLine;
import com.fieldportal.proposal.Signing;
import com.fieldportal.report.ProposalPrinter;
import com.fieldportal.report.ReportContent;
import com.fieldportal.report.ReportTemplates;
import com.fieldportal.request.Priority;
import com.fieldportal.request.RequestNumbers;
import com.fieldportal.request.ServiceRequest;
import com.fieldportal.security.PasswordHashing;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.Formats;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo contractor, "Evergreen Grounds", with two customer accounts, loaded at start when
 * {@code portal.demo-data=true} (the run command sets it) and only if it is not there yet.
 * Dates are relative to the day of loading. The demo logins share the password {@value #PASSWORD}.
 */
@DenyAll
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ReportTemplates"})
public class DemoData {

    public static final String PASSWORD = "Portal-demo-1";
    static final String MARKER_ACCOUNT = "DEMO-MAPLE-RIDGE";
    private static final int ACH_CLEARS_IN_DAYS = 3;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @EJB
    RequestNumbers requestNumbers;

    @EJB
    SandboxFields sandbox;

    @Inject
    @Adapter(GatewayChoice.SANDBOX)
    PaymentGateway gateway;

    @EJB
    ReportTemplates templates;

    @Inject
    Formats formats;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    private final LocalDate today = LocalDate.now();
    private final Map<String, String> tokens = new HashMap<>();
    private final Instant now = Instant.now();

    @PostConstruct
    void loadIfMissing() {
        if (!enabled) {
            return;
        }
        boolean present = !em.createNamedQuery("CustomerAccount.byExternalId", CustomerAccount.class)
                .setParameter("externalId", MARKER_ACCOUNT).getResultList().isEmpty();
        if (present) {
            LOG.info("Demo data already loaded");
            return;
        }
        load();
        LOG.info("Demo data loaded: pat.primary@example.com, bill.billing@example.com and admin@example.com");
    }

    private void load() {
        PortalConfiguration configuration = em.createQuery("SELECT c FROM PortalConfiguration c ORDER BY c.id", PortalConfiguration.class)
                .setMaxResults(1).getSingleResult();
        configuration.brand("Evergreen Grounds — Customer Portal", "#1f6f43", "#f2a900");
        configuration.logo(png("logo.png"));
        configuration.showSections(true, true, true);
        configuration.electronicPayments(true, new BigDecimal("2.50"), false);
        configuration.support("Evergreen customer care", "support@evergreen-grounds.example", "(217) 555-0142");
        configuration.addSlide("Spring cleanup slots are filling up",
                "Book your spring cleanup before March 15 and save 10 %.", "https://www.example.com/spring-cleanup",
                png("slide-1.png"));
        configuration.addSlide("Snow removal contracts for 2026–27",
                "Lock in this season's pricing: review and sign your contract right here in the portal.", "/proposals.xhtml",
                png("slide-2.png"));
        configuration.addSlide("Smart irrigation saves water",
                "Ask us about controllers that skip watering when it rains.", "https://www.example.com/irrigation",
                png("slide-3.png"));

        StaffUser admin = staff("Alex Morgan", "admin@example.com", EnumSet.of(StaffRole.ADMIN, StaffRole.STAFF));
        admin.credentials().replacePassword(hashing.hash(PASSWORD));
        StaffUser owner = staff("Olivia Owens", "olivia.owens@example.com", EnumSet.of(StaffRole.STAFF));
        StaffUser operations = staff("Marco Diaz", "marco.diaz@example.com", EnumSet.of(StaffRole.STAFF));
        StaffUser sales = staff("Sara Lin", "sara.lin@example.com", EnumSet.of(StaffRole.STAFF));

        CustomerAccount maple = persist(new CustomerAccount(MARKER_ACCOUNT, "C-1001", "Maple Ridge HOA",
                new Address("400 Maple Ridge Dr", "Springfield", "IL", "62704")));
        Property clubhouse = property(maple, "DEMO-P-1", "Maple Ridge Clubhouse", "400 Maple Ridge Dr", owner, operations, sales);
        Property common = property(maple, "DEMO-P-2", "Maple Ridge North Common", "12 Birch Ln", owner, operations, sales);
        Property pool = property(maple, "DEMO-P-3", "Maple Ridge Pool", "410 Maple Ridge Dr", owner, operations, sales);
        Property entrance = property(maple, "DEMO-P-4", "Maple Ridge Entrance & Signage", "1 Maple Ridge Blvd", owner, operations, sales);

        Contact pat = contact(maple, "Pat Primary", "pat.primary@example.com", ContactRole.PRIMARY, clubhouse, common, pool);
        Contact bill = contact(maple, "Bill Billing", "bill.billing@example.com", ContactRole.BILLING, clubhouse, common, pool, entrance);
        pat.credentials().replacePassword(hashing.hash(PASSWORD));
        bill.credentials().replacePassword(hashing.hash(PASSWORD));

        CustomerAccount harbor = persist(new CustomerAccount("DEMO-HARBOR-POINT", "C-1002", "Harbor Point Offices",
                new Address("77 Harbor Way", "Springfield", "IL", "62701")));
        Property tower = property(harbor, "DEMO-P-5", "Harbor Point Tower", "77 Harbor Way", owner, operations, sales);
        Contact hana = contact(harbor, "Hana Harbor", "hana.harbor@example.com", ContactRole.PRIMARY, tower);

        for (Contact contact : List.of(pat, bill)) {
            savedMethods(contact);
        }
        loadInvoices(maple, clubhouse, common, pool, entrance, tower, operations, pat, bill);
        loadProposals(clubhouse, common, pool, entrance, tower, sales, operations, pat);
        loadRequests(clubhouse, common, pool, entrance, tower, operations, pat, bill, hana);

    }

    /** A card the sandbox approves (the default), a card that expired since it was saved, a bank account that settles. */
    private void savedMethods(Contact contact) {
        String expiry = YearMonth.from(today).plusYears(3).format(DateTimeFormatter.ofPattern("MM/yy"));
        String card = sandbox.tokenizeCard(contact.getName(), "4242 4242 4242 4242", expiry, "123", "62704");
        savedMethod(contact, card).prefer(true);
        savedMethod(contact, sandbox.tokenizeExpiredCard("5555555555554444", YearMonth.from(today).minusMonths(3)));
        String bank = sandbox.tokenizeBankAccount(contact.getName(), "110000000", "000123456789", "checking");
        savedMethod(contact, bank);
        tokens.put(contact.getEmail() + PaymentType.CARD, card);
        tokens.put(contact.getEmail() + PaymentType.ACH, bank);
    }

    private PaymentMethod savedMethod(Contact contact, String token) {
        return persist(new PaymentMethod(contact, token, gateway.describe(token), now));
    }

    private void loadInvoices(CustomerAccount maple, Property clubhouse, Property common, Property pool, Property entrance,
                              Property tower, StaffUser serviceContact, Contact pat, Contact bill) {
        Invoice cleanup = invoice("INV-1001", clubhouse, serviceContact, 40, "Spring cleanup");
        cleanup.addLine("Spring cleanup, crew of three (hours)", new BigDecimal("12"), new BigDecimal("65.00"));
        cleanup.addLine("Hardwood mulch, installed (cubic yards)", new BigDecimal("10"), new BigDecimal("47.00"));

        Invoice mowing = invoice("INV-1002", common, serviceContact, 25, "Weekly mowing, May");
        mowing.addLine("Mowing and trimming visit", new BigDecimal("4"), new BigDecimal("215.00"));
        pay(mowing, pat, PaymentType.CARD, "300.00", 20);

        Invoice wash = invoice("INV-1003", pool, serviceContact, 60, "Pool deck pressure wash");
        wash.addLine("Pressure wash, pool deck and furniture", BigDecimal.ONE, new BigDecimal("420.00"));
        pay(wash, bill, PaymentType.ACH, "420.00", 50);

        Invoice spring = invoice("INV-1004", clubhouse, serviceContact, 15, "Irrigation start-up");
        spring.addOpportunity("Tree pruning", null);
        spring.addLine("Irrigation system start-up and inspection", BigDecimal.ONE, new BigDecimal("350.00"));
        spring.addLine("Tree pruning, two crew days", new BigDecimal("2"), new BigDecimal("1025.00"));
        Credit missedVisit = persist(new Credit(maple, "CR-501", "DEMO-CR-501", new BigDecimal("200.00"),
                "Service credit for a missed mowing visit", now.minus(Duration.ofDays(14))));
        spring.applyCredit(missedVisit, new BigDecimal("150.00"), now.minus(Duration.ofDays(13)));

        Invoice sign = invoice("INV-1005", entrance, serviceContact, 10, "Sign lighting repair");
        sign.addLine("Replace LED fixtures at entrance sign", new BigDecimal("4"), new BigDecimal("160.00"));
        pay(sign, bill, PaymentType.ACH, "200.00", 1);

        Invoice leaves = invoice("INV-1006", common, serviceContact, 200, "Fall leaf removal");
        leaves.addLine("Leaf removal and haul-away", BigDecimal.ONE, new BigDecimal("300.00"));
        Credit goodwill = persist(new Credit(maple, "CR-502", "DEMO-CR-502", new BigDecimal("100.00"),
                "Goodwill credit, late fall visit", now.minus(Duration.ofDays(190))));
        leaves.applyCredit(goodwill, new BigDecimal("100.00"), now.minus(Duration.ofDays(190)));
        pay(leaves, pat, PaymentType.CARD, "200.00", 185);

        persist(new Credit(maple, "CR-503", "DEMO-CR-503", new BigDecimal("75.00"),
                "Referral credit (not yet applied)", now.minus(Duration.ofDays(5))));

        Invoice harbor = invoice("INV-2001", tower, serviceContact, 12, "Lobby planters, monthly care");
        harbor.addLine("Interior planter care", new BigDecimal("2"), new BigDecimal("490.00"));
    }

    private void loadProposals(Property clubhouse, Property common, Property pool, Property entrance, Property tower,
                               StaffUser sales, StaffUser serviceContact, Contact pat) {
        Proposal planting = proposal("P-3001", "Spring planting refresh", clubhouse, sales, serviceContact, 5, 20);
        planting.addLine("Annual flower beds, planted (beds)", new BigDecimal("6"), new BigDecimal("180.00"), false);
        planting.addLine("Mulch refresh around beds", BigDecimal.ONE, new BigDecimal("450.00"), false);
        planting.addLine("Drip irrigation for the new beds", BigDecimal.ONE, new BigDecimal("620.00"), true);
        planting.addLine("Fall color rotation", BigDecimal.ONE, new BigDecimal("540.00"), true);

        Proposal irrigation = proposal("P-3002", "Irrigation upgrade, smart controllers", common, sales, serviceContact, 12, 35);
        irrigation.addLine("Smart irrigation controller, installed", new BigDecimal("3"), new BigDecimal("890.00"), false);
        irrigation.addLine("Rain sensor", BigDecimal.ONE, new BigDecimal("140.00"), true);

        Proposal snow = proposal("P-3003", "Snow removal contract 2026–27", pool, sales, serviceContact, 30, 10);
        snow.addLine("Plowing, per snow event (estimated events)", new BigDecimal("20"), new BigDecimal("185.00"), false);
        ProposalLine salting = snow.addLine("Sidewalk salting, per event", new BigDecimal("20"), new BigDecimal("60.00"), true);
        em.flush();
        ReportContent content = new ReportContent(em.createNamedQuery("PortalConfiguration.settings", PortalSettings.class)
                .setMaxResults(1).getSingleResult(), null, formats, baseUrl);
        byte[] shown = ProposalPrinter.print(templates, content, snow);
        snow.sign(new Signing(pat, "Pat Primary", resource("signature.png"), now.minus(Duration.ofDays(28)), "127.0.0.1", "Demo data"),
                Set.of(salting), shown).keepSignedPdf(ProposalPrinter.print(templates, content, snow));

        Proposal oak = proposal("P-3004", "Oak tree removal", clubhouse, sales, serviceContact, 50, -20);
        oak.addLine("Remove oak tree and grind stump", BigDecimal.ONE, new BigDecimal("2800.00"), false);
        oak.decline("We will wait until next year.");

        Proposal lighting = proposal("P-3005", "Entrance sign lighting upgrade", entrance, sales, serviceContact, 3, 25);
        lighting.addLine("LED sign lighting with timer", BigDecimal.ONE, new BigDecimal("1350.00"), false);

        Proposal planters = proposal("P-4001", "Lobby planters refresh", tower, sales, serviceContact, 8, 14);
        planters.addLine("Replace lobby planters", new BigDecimal("4"), new BigDecimal("190.00"), false);
    }

    private void loadRequests(Property clubhouse, Property common, Property pool, Property entrance, Property tower,
                              StaffUser operations, Contact pat, Contact bill, Contact hana) {
        ServiceRequest sprinkler = request(clubhouse, pat, "Broken sprinkler head by the clubhouse entrance",
                "The sprinkler head next to the front walkway is snapped off; water pools on the walkway every morning.",
                Priority.HIGH, 2);
        sprinkler.addComment(pat, "Water is pooling on the walkway again this morning.", now.minus(Duration.ofDays(1)));
        sprinkler.addStaffComment(operations, "Thanks, Pat. A crew is scheduled for Thursday morning.", now.minus(Duration.ofHours(20)));

        request(pool, pat, "Leaves blocking the pool drain", "The deck drain near the shallow end is covered with leaves.",
                Priority.NORMAL, 6);

        ServiceRequest hydrant = request(common, pat, "Snow pile blocking a fire hydrant",
                "The plow left a pile over the hydrant at the corner of Birch Ln.", Priority.LOW, 70);
        hydrant.addStaffComment(operations, "The pile was moved and the hydrant is clear.", now.minus(Duration.ofDays(68)));
        hydrant.close(now.minus(Duration.ofDays(68)));

        ServiceRequest signLight = request(entrance, bill, "Entrance sign light is out",
                "The left floodlight of the entrance sign does not come on at night.", Priority.NORMAL, 3);
        signLight.relateTo(em.createQuery("SELECT p FROM Proposal p WHERE p.number = 'P-3005'", Proposal.class).getSingleResult());

        ServiceRequest shrubs = request(common, pat, "Dead shrubs along the north fence",
                "About ten boxwoods along the north fence look dead after the winter.", Priority.NORMAL, 15);
        shrubs.relateTo(em.createQuery("SELECT p FROM Proposal p WHERE p.number = 'P-3002'", Proposal.class).getSingleResult());

        request(tower, hana, "Ice on the loading dock ramp", "The ramp ices over in the mornings.", Priority.HIGH, 1);
    }

    private StaffUser staff(String name, String email, Set<StaffRole> roles) {
        return persist(new StaffUser(name, email, "(217) 555-0100", roles));
    }

    private Property property(CustomerAccount account, String externalId, String name, String street,
                              StaffUser owner, StaffUser operations, StaffUser sales) {
        Property property = persist(new Property(externalId, account, name, new Address(street, "Springfield", "IL", "62704")));
        property.assignStaff(owner, operations, sales);
        return property;
    }

    private Contact contact(CustomerAccount account, String name, String email, ContactRole role, Property... linked) {
        Contact contact = persist(new Contact(account, name, email, "(217) 555-0199", EnumSet.of(role)));
        for (Property property : linked) {
            contact.linkTo(property);
        }
        contact.invite(now.minus(Duration.ofDays(90)));
        return contact;
    }

    private Invoice invoice(String number, Property property, StaffUser serviceContact, int daysAgo, String opportunity) {
        LocalDate date = today.minusDays(daysAgo);
        Invoice invoice = persist(new Invoice(number, "DEMO-" + number, property, serviceContact, date, date.plusDays(30)));
        invoice.addOpportunity(opportunity, null);
        return invoice;
    }

    /**
     * A payment made through the sandbox with the payer's saved method, so that staff can refund it like any other.
     * A bank payment of the last days is still pending, as it would be.
     */
    private void pay(Invoice invoice, Contact payer, PaymentType type, String amount, int daysAgo) {
        Instant at = now.minus(Duration.ofDays(daysAgo));
        String token = tokens.get(payer.getEmail() + type);
        String key = "demo-" + invoice.getNumber() + "-" + daysAgo;
        Charge charge = gateway.charge(token, new BigDecimal(amount), key);
        Payment payment = invoice.recordPayment(payer, describe(gateway.describe(token)), new BigDecimal(amount), BigDecimal.ZERO, key,
                PaymentSource.PORTAL, at);
        if (type == PaymentType.ACH && daysAgo < ACH_CLEARS_IN_DAYS) {
            payment.acceptPending(charge.reference());
        } else {
            payment.succeed(charge.reference(), at);
        }
    }

    private static MethodSnapshot describe(GatewayMethod method) {
        return new MethodSnapshot(method.type(), method.brand(), method.lastFour());
    }

    private Proposal proposal(String number, String name, Property property, StaffUser sales, StaffUser serviceContact,
                              int sentDaysAgo, int startsInDays) {
        return persist(new Proposal(number, "DEMO-" + number, name, property, sales, serviceContact,
                today.minusDays(sentDaysAgo), today.plusDays(startsInDays), "Net 30. Prices valid for 60 days."));
    }

    private ServiceRequest request(Property property, Contact by, String subject, String description, Priority priority, int daysAgo) {
        return persist(new ServiceRequest(requestNumbers.next(), property, by, subject, description, priority,
                now.minus(Duration.ofDays(daysAgo))));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /** The demo's own images, which need no checking. */
    private static ImageUpload.Checked png(String name) {
        return new ImageUpload.Checked(resource(name), "image/png");
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
