package io.throughline.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "io.throughline.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule foldIsPureDomain = classes()
            .that()
            .resideInAPackage("..session.fold..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("..session.fold..", "io.throughline.events..", "java..");

    @ArchTest
    static final ArchRule trendsAndAttentionArePureDomain = classes()
            .that()
            .resideInAnyPackage("..analytics.trends..", "..analytics.attention..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "..analytics.trends..",
                    "..analytics.attention..",
                    "..session.fold..",
                    "..projection.model..",
                    "io.throughline.events..",
                    "java..");

    @ArchTest
    static final ArchRule queriesDoNotReachIntoConsuming = noClasses()
            .that()
            .resideInAPackage("..query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..projection.consumer..", "..projection.rebuild..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule controllersOnlyAskQueries = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..projection.store..", "..projection.consumer..", "com.mongodb..");

    @ArchTest
    static final ArchRule noOtherServicesCode = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.throughline.session..", "io.throughline.prepform..")
            .because("services share only the published contract and the platform libraries");
}
