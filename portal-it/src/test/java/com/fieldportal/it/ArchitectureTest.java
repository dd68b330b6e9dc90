package com.fieldportal.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;

/**
 * The arrows point one way: portal-web -> portal-ejb <- portal-batch, and between the feature packages of the
 * business code without cycles. The business layer knows nothing of pages or HTTP, nothing depends on the batch
 * job, pages reach the database only through services, and every EJB says who may call it.
 */
@AnalyzeClasses(packages = "com.fieldportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule businessCodeKnowsNoPages = noClasses()
            .that().resideOutsideOfPackage("com.fieldportal.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fieldportal.web..", "jakarta.faces..", "org.primefaces..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule nothingDependsOnTheBatchModule = noClasses()
            .that().resideOutsideOfPackage("com.fieldportal.batch..")
            .should().dependOnClassesThat().resideInAPackage("com.fieldportal.batch..");

    @ArchTest
    static final ArchRule pagesCallServicesNotTheEntityManager = noClasses()
            .that().resideInAPackage("com.fieldportal.web..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("com.fieldportal.(*)..")
            .should().beFreeOfCycles();

    /** Deny by default: an EJB without @RolesAllowed, @PermitAll or @DenyAll on the class is a bug. */
    @ArchTest
    static final ArchRule everyEjbSaysWhoMayCallIt = classes()
            .that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class).or().areAnnotatedWith(Stateful.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(DenyAll.class);
}
