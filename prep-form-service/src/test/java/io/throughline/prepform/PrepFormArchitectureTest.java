package io.throughline.prepform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.throughline.prepform.command.PrepFormCommand;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "io.throughline.prepform", importOptions = ImportOption.DoNotIncludeTests.class)
class PrepFormArchitectureTest {

    @ArchTest
    static final ArchRule commandSideIsFreeOfWebConfigAndKafka = noClasses()
            .that()
            .resideInAPackage("..prepform.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..prepform.web..",
                    "..prepform.config..",
                    "..prepform.query..",
                    "..prepform.sessions..",
                    "org.springframework..",
                    "jakarta.servlet..",
                    "org.apache.kafka..",
                    "com.mongodb..")
            .because("the rules of a form hold whatever delivers the command; Axon's @Aggregate is the one"
                    + " Spring-aware annotation it carries, and that lives in org.axonframework");

    @ArchTest
    static final ArchRule commandsAreRecords = classes()
            .that()
            .implement(PrepFormCommand.class)
            .should()
            .beRecords()
            .because("a command is an immutable request, named in the imperative");

    @ArchTest
    static final ArchRule queriesKnowNothingOfHowTheyAreAsked = noClasses()
            .that()
            .resideInAPackage("..prepform.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..prepform.web..",
                    "..prepform.config..",
                    "..prepform.sessions..",
                    "org.springframework..",
                    "org.apache.kafka..");

    @ArchTest
    static final ArchRule sessionEventsAndWebStayApart = noClasses()
            .that()
            .resideInAPackage("..prepform.sessions..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..prepform.web..", "..prepform.config..");

    @ArchTest
    static final ArchRule webKnowsNoKafka = noClasses()
            .that()
            .resideInAPackage("..prepform.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..prepform.sessions..",
                    "..prepform.config..",
                    "org.apache.kafka..",
                    "org.springframework.kafka..");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("a controller is reached over HTTP, not called from other packages");
}
