package io.shipshape;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of STYLE.md hold: no cycles, no reaching into another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ShipshapeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
