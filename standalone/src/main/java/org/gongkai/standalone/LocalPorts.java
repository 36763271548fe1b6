package org.gongkai.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.IntSupplier;

/**
 * The loopback ports of the embedded parts, remembered in the data dir so that a restart finds PostgreSQL and Kafka
 * where they were (handy for an operator with psql or a Kafka tool); a remembered port taken meanwhile is replaced.
 */
final class LocalPorts {

    private final Path file;
    private final Properties ports = new Properties();
    private final IntSupplier freePorts;

    private LocalPorts(Path file, IntSupplier freePorts) {
        this.file = file;
        this.freePorts = freePorts;
    }

    static LocalPorts in(Path dataDir) {
        return in(dataDir, LocalPorts::freePort);
    }

    /** With the source of new free ports given (tests: the operating system may hand out one port twice). */
    static LocalPorts in(Path dataDir, IntSupplier freePorts) {
        LocalPorts localPorts = new LocalPorts(dataDir.resolve("ports.properties"), freePorts);
        if (Files.exists(localPorts.file)) {
            try (InputStream in = Files.newInputStream(localPorts.file)) {
                localPorts.ports.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + localPorts.file, e);
            }
        }
        return localPorts;
    }

    /** The remembered port for {@code name} when it is still free, otherwise a new free one (remembered). */
    synchronized int portFor(String name) {
        String remembered = ports.getProperty(name);
        if (remembered != null) {
            try {
                int port = Integer.parseInt(remembered.trim());
                if (isFree(port)) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // a hand-edited file: fall through and choose a new port
            }
        }
        // a port chosen for another part is not bound yet (Kafka's broker and controller start together), so the
        // operating system may offer it again: take a port no other part has
        int port = freePorts.getAsInt();
        while (ports.containsValue(Integer.toString(port))) {
            port = freePorts.getAsInt();
        }
        ports.setProperty(name, Integer.toString(port));
        save();
        return port;
    }

    private void save() {
        try (OutputStream out = Files.newOutputStream(file)) {
            ports.store(out, "Loopback ports of the embedded PostgreSQL and Kafka (chosen by Gongkai)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Whether nothing listens on {@code port} on the loopback interface. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a server could listen on {@code port} on every interface (how the front door listens). */
    static boolean isFreeOnAllInterfaces(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
