package io.throughline.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.throughline.session.command.SessionCommand;

@AnalyzeClasses(packages = "io.throughline.session", importOptions = ImportOption.DoNotIncludeTests.class)
class SessionArchitectureTest {

    @ArchTest
    static final ArchRule commandSideIsFreeOfWebAndConfig = noClasses()
            .that().resideInAPackage("..session.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..session.web..", "..session.config..", "..session.query..",
                    "org.springframework..", "jakarta.servlet..")
            .because("the rules of a session hold whatever delivers the command; Axon's @Aggregate is the one"
                    + " Spring-aware annotation it carries, and that lives in org.axonframework");

    @ArchTest
    static final ArchRule commandsAreRecords = classes()
            .that().implement(SessionCommand.class)
            .should().beRecords()
            .because("a command is an immutable request, named in the imperative");
}
