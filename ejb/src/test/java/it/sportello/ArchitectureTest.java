package it.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The direction in which the layers of a business component depend on each other: a boundary
 * uses controls and entities, a control uses entities, an entity only what its state is made of
 * (other entities, the values of its component, {@code it.sportello.platform}); and between
 * components, no cycle: when one needs something of a component that depends on it, it owns a
 * small port the other implements ({@code practice.boundary.Cashier}, {@code platform.SettingsRule}).
 *
 * <p>The rules read the compiled main classes. The compiler copies a constant ({@code static final}
 * string or number) into each class that uses it, so a class that uses nothing but a constant of
 * another is not seen to depend on it.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.sportello");

    @Test
    void entitiesUseNeitherControlsNorBoundaries() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                .because("an entity guards its own state with its own values; the logic around it depends on it, not the reverse")
                .check(MAIN);
    }

    @Test
    void controlsDoNotUseBoundaries() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .because("a boundary opens the transaction and calls controls; a control never calls back into one")
                .check(MAIN);
    }

    @Test
    void componentsDependOnEachOtherWithoutCycles() {
        slices().matching("it.sportello.(*)..").should().beFreeOfCycles()
                .because("a component can be understood, tested and changed from the ones it uses, never from one that uses it back")
                .check(MAIN);
    }
}
