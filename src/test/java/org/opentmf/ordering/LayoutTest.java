package org.opentmf.ordering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The arrows of the package layout (README, "Project layout"): API edges -> domain -> persistence, with query and
 * events beside the domain and common below everything. Checked on the compiled main classes.
 */
class LayoutTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opentmf.ordering");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.opentmf.ordering.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheApiEdgesSeeGeneratedModels() {
        noClasses().that().resideOutsideOfPackage("org.opentmf.ordering.api..")
                .should().dependOnClassesThat().resideInAPackage("org.opentmf.ordering.api..")
                .check(classes);
    }

    @Test
    void apiVersionsAreIndependentEdges() {
        noClasses().that().resideInAPackage("org.opentmf.ordering.api.v4..")
                .should().dependOnClassesThat().resideInAPackage("org.opentmf.ordering.api.v5..")
                .check(classes);
        noClasses().that().resideInAPackage("org.opentmf.ordering.api.v5..")
                .should().dependOnClassesThat().resideInAPackage("org.opentmf.ordering.api.v4..")
                .check(classes);
    }

    @Test
    void commonImportsNoFeature() {
        noClasses().that().resideInAPackage("org.opentmf.ordering.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opentmf.ordering.api..",
                        "org.opentmf.ordering.issuance..", "org.opentmf.ordering.order..",
                        "org.opentmf.ordering.cancellation..", "org.opentmf.ordering.query..",
                        "org.opentmf.ordering.events..", "org.opentmf.ordering.bench..",
                        "org.opentmf.ordering.security..", "org.opentmf.ordering.operations..")
                .check(classes);
    }

    @Test
    void onlyTheApiEdgesAskForAuthorisation() {
        // the domain gets a Requester (common.party), never a token nor the authorisation table
        noClasses().that().resideOutsideOfPackages("org.opentmf.ordering.api..", "org.opentmf.ordering.security..")
                .should().dependOnClassesThat().resideInAPackage("org.opentmf.ordering.security..")
                .check(classes);
    }

    @Test
    void securityKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.opentmf.ordering.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opentmf.ordering.api..",
                        "org.opentmf.ordering.issuance..", "org.opentmf.ordering.order..",
                        "org.opentmf.ordering.cancellation..", "org.opentmf.ordering.query..",
                        "org.opentmf.ordering.events..", "org.opentmf.ordering.bench..",
                        "org.opentmf.ordering.operations..")
                .check(classes);
    }

    /** Operations watch the features (domain events, the dispatcher's observer); no feature knows operations. */
    @Test
    void nothingDependsOnOperations() {
        noClasses().that().resideOutsideOfPackage("org.opentmf.ordering.operations..")
                .should().dependOnClassesThat().resideInAPackage("org.opentmf.ordering.operations..")
                .check(classes);
    }

    @Test
    void queryAndEventsKnowNoAggregate() {
        noClasses().that().resideInAnyPackage("org.opentmf.ordering.query..", "org.opentmf.ordering.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opentmf.ordering.issuance..",
                        "org.opentmf.ordering.order..", "org.opentmf.ordering.cancellation..")
                .check(classes);
    }

    /** The TMF679 client reads qualifications; what they mean for an order is issuance's business. */
    @Test
    void theTmf679ClientKnowsNothingElseOfIssuance() {
        noClasses().that().resideInAPackage("org.opentmf.ordering.issuance.qualification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opentmf.ordering.issuance",
                        "org.opentmf.ordering.order..", "org.opentmf.ordering.cancellation..",
                        "org.opentmf.ordering.events..", "org.opentmf.ordering.query..")
                .check(classes);
    }

    @Test
    void theOrderAggregateKnowsNeitherIssuanceNorCancellation() {
        noClasses().that().resideInAPackage("org.opentmf.ordering.order..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opentmf.ordering.issuance..",
                        "org.opentmf.ordering.cancellation..")
                .check(classes);
    }
}
