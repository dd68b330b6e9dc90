package com.fieldportal.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/**
 * The arrows point one way: portal-web -> portal-ejb <- portal-batch. The business layer knows nothing of
 * pages or HTTP, nothing depends on the batch job, and pages reach the database only through services.
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
}
