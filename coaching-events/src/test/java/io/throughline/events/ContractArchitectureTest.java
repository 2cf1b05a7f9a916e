package io.throughline.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.throughline.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule noSpringOrPersistenceTypes = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "javax.persistence..",
                    "org.axonframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "org.hibernate..")
            .because("the contract is a thin jar any subscriber can depend on");

    @ArchTest
    static final ArchRule eventsArePastTenseRecords = classes()
            .that()
            .implement(CoachingEvent.class)
            .and()
            .areNotInterfaces()
            .should()
            .beRecords()
            .andShould()
            .haveSimpleNameEndingWith("ed")
            .orShould()
            .haveSimpleNameEndingWith("edIn")
            .because("events are immutable facts named in the past tense");
}
