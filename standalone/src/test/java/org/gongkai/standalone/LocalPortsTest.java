package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPortsTest {

    @TempDir
    Path dataDir;

    @Test
    void remembersThePortsItChoseForTheNextStart() {
        int postgres = LocalPorts.in(dataDir).portFor("postgres");

        assertThat(LocalPorts.in(dataDir).portFor("postgres")).isEqualTo(postgres);
        assertThat(dataDir.resolve("ports.properties")).content().contains("postgres=" + postgres);
    }

    @Test
    void choosesAnotherPortWhenTheRememberedOneIsTaken() throws Exception {
        int remembered = LocalPorts.in(dataDir).portFor("kafka.broker");
        try (ServerSocket squatter = new ServerSocket(remembered, 1, InetAddress.getLoopbackAddress())) {
            int chosen = LocalPorts.in(dataDir).portFor("kafka.broker");

            assertThat(chosen).isNotEqualTo(remembered);
            assertThat(LocalPorts.in(dataDir).portFor("kafka.broker")).isEqualTo(chosen);
        }
    }

    @Test
    void neverGivesTwoPartsTheSamePortWhenTheSystemOffersOneTwice() {
        int offered = LocalPorts.freePort();
        int other = LocalPorts.freePort() == offered ? offered + 1 : LocalPorts.freePort();
        java.util.Iterator<Integer> offers =
                java.util.List.of(offered, offered, offered, other).iterator();
        LocalPorts ports = LocalPorts.in(dataDir, offers::next);

        int broker = ports.portFor("kafka.broker");
        int controller = ports.portFor("kafka.controller");

        assertThat(broker).isEqualTo(offered);
        assertThat(controller).isNotEqualTo(broker).isEqualTo(other);
    }

    @Test
    void seesWhetherAPortIsInUse() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            assertThat(LocalPorts.isFreeOnAllInterfaces(listener.getLocalPort()))
                    .isFalse();
        }
        assertThat(LocalPorts.isFree(LocalPorts.freePort())).isTrue();
    }
}
