package io.sluice.benchmarks.jms;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellSelectionTest {

    @Test
    void nothingNamedSelectsEveryCell() {
        CellSelection all = CellSelection.parse("", "");
        assertTrue(all.everything());
        assertEquals(EnumSet.allOf(Scenario.class), all.scenarios());
    }

    @Test
    void namesSelectScenariosBacklogAndTransport() {
        CellSelection some = CellSelection.parse("p2p-non-persistent, request_reply", "tcp");
        assertEquals(EnumSet.of(Scenario.P2P_NON_PERSISTENT, Scenario.REQUEST_REPLY), some.scenarios());
        assertFalse(some.backlog());
        assertEquals(Set.of(Transport.TCP), some.transports());
        assertFalse(some.everything());

        CellSelection backlogOnly = CellSelection.parse("backlog", "");
        assertTrue(backlogOnly.backlog());
        assertTrue(backlogOnly.scenarios().isEmpty());
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellSelection.parse("p2p", ""));
        assertTrue(e.getMessage().contains("P2P_PERSISTENT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CellSelection.parse("", "udp"));
    }
}
