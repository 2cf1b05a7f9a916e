package io.throughline.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.throughline.session.command.SessionCommand;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@AnalyzeClasses(packages = "io.throughline.session", importOptions = ImportOption.DoNotIncludeTests.class)
class SessionArchitectureTest {

    @ArchTest
    static final ArchRule commandSideIsFreeOfWebAndConfig = noClasses()
            .that()
            .resideInAPackage("..session.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..session.web..",
                    "..session.config..",
                    "..session.query..",
                    "org.springframework..",
                    "jakarta.servlet..")
            .because("the rules of a session hold whatever delivers the command; Axon's @Aggregate is the one"
                    + " Spring-aware annotation it carries, and that lives in org.axonframework");

    @ArchTest
    static final ArchRule querySideIsFreeOfWebAndConfig = noClasses()
            .that()
            .resideInAPackage("..session.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..session.web..", "..session.config..", "org.springframework..", "jakarta.servlet..")
            .because("reading a session is the same whoever asks; the wiring lives in config");

    @ArchTest
    static final ArchRule noDependencyOnOtherServices = noClasses()
            .that()
            .resideInAPackage("io.throughline.session..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.throughline.prepform..", "io.throughline.analytics..")
            .because("only integration events (coaching-events) cross service boundaries");

    @ArchTest
    static final ArchRule commandsAreRecords = classes()
            .that()
            .implement(SessionCommand.class)
            .should()
            .beRecords()
            .because("a command is an immutable request, named in the imperative");

    @ArchTest
    static final ArchRule controllersAreThinAndPackagePrivate = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .or()
            .areAnnotatedWith(RestControllerAdvice.class)
            .should()
            .resideInAPackage("..session.web..")
            .andShould()
            .notBePublic()
            .because("the HTTP surface is one package; nothing else calls a controller");

    @ArchTest
    static final ArchRule wiringLivesInConfig = classes()
            .that()
            .areAnnotatedWith(Configuration.class)
            .or()
            .areAnnotatedWith(ConfigurationProperties.class)
            .should()
            .resideInAPackage("..session.config..")
            .because("infrastructure wiring has one place per service");
}
