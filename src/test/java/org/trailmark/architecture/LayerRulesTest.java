package org.trailmark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md (see docs/decisions/0001-layers.md): dependencies flow down only. */
class LayerRulesTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                // by folder name, not ArchUnit's target/test-classes pattern: builds may use -Dbuild.dir
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.trailmark");
    }

    @Test
    void layersOnlyDependDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("org.trailmark.model..")
                .layer("Io").definedBy("org.trailmark.io..")
                .layer("Store").definedBy("org.trailmark.store..")
                .layer("Media").definedBy("org.trailmark.media..")
                .layer("Generate").definedBy("org.trailmark.generate..")
                .layer("Ingest").definedBy("org.trailmark.ingest..")
                .layer("Replay").definedBy("org.trailmark.replay..")
                .layer("Review").definedBy("org.trailmark.review..")
                .layer("Privacy").definedBy("org.trailmark.privacy..")
                .layer("Export").definedBy("org.trailmark.export..")
                .layer("Subject").definedBy("org.trailmark.subject..")
                .layer("Governance").definedBy("org.trailmark.governance..")
                .layer("Bench").definedBy("org.trailmark.bench..")
                .layer("Cli").definedBy("org.trailmark.cli..")
                .layer("Ui").definedBy("org.trailmark.ui..")
                .layer("Launcher").definedBy("org.trailmark")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli", "Launcher")
                .whereLayer("Subject").mayOnlyBeAccessedByLayers("Bench", "Cli", "Ui")
                .whereLayer("Governance").mayOnlyBeAccessedByLayers("Subject", "Bench", "Cli", "Ui")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Subject", "Bench", "Cli", "Ui")
                .whereLayer("Privacy").mayOnlyBeAccessedByLayers("Export", "Subject", "Bench", "Cli", "Ui")
                .whereLayer("Review").mayOnlyBeAccessedByLayers("Export", "Subject", "Bench", "Cli", "Ui")
                .whereLayer("Replay").mayOnlyBeAccessedByLayers("Review", "Privacy", "Export", "Subject", "Bench", "Cli", "Ui")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Export", "Bench", "Cli", "Ui")
                .whereLayer("Generate").mayOnlyBeAccessedByLayers("Bench", "Cli", "Ui")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Ingest", "Review", "Export", "Subject", "Governance", "Bench",
                        "Cli", "Ui")
                .whereLayer("Media").mayOnlyBeAccessedByLayers("Ingest", "Review", "Privacy", "Export", "Subject", "Bench", "Cli", "Ui")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Generate", "Ingest", "Export", "Subject", "Bench", "Cli", "Ui")
                .withOptionalLayers(true);
        rule.check(production);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.trailmark.ui..").and().resideOutsideOfPackage("org.trailmark")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
                .check(production);
    }

    @Test
    void theUiNeverTouchesSql() {
        noClasses().that().resideInAPackage("org.trailmark.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(production);
    }

    @Test
    void onlyTheMediaLayerTouchesTheNativeDecoder() {
        noClasses().that().resideOutsideOfPackage("org.trailmark.media..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
                .check(production);
    }

    @Test
    void theMediaLayerUsesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.trailmark.media..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trailmark.io..", "org.trailmark.store..",
                        "org.trailmark.replay..", "org.trailmark.review..", "org.trailmark.privacy..",
                        "org.trailmark.export..", "org.trailmark.ui..", "org.trailmark.cli..")
                .check(production);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.trailmark.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.trailmark.model..", "java..")
                .check(production);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("org.trailmark.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.trailmark.ui..")
                .check(production);
    }
}
