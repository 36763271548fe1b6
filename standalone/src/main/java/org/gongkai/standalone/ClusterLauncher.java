package org.gongkai.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code java -jar gongkai-standalone.jar cluster …}: starts a {@link Cluster}, prints where each part runs and
 * {@value Cluster#READY}, and stops everything on Ctrl-C.
 */
final class ClusterLauncher {

    private ClusterLauncher() {}

    static void run(LaunchCommand.Cluster command, PrintStream out, PrintStream err) {
        Path dataDir = command.dataDir().toAbsolutePath().normalize();
        String password;
        try {
            password = adminPassword(dataDir, out);
        } catch (IOException e) {
            err.println("gongkai: " + dataDir + " cannot hold the cluster's data: " + e.getMessage());
            System.exit(GongkaiStandalone.EXIT_USAGE);
            return;
        }
        out.println("Gongkai cluster starting with data in " + dataDir + ": " + command.commandServices()
                + " command service(s), " + command.queryServices() + " query service(s)");
        AtomicReference<Cluster> started = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            Cluster cluster = started.get();
                            if (cluster != null) {
                                out.println("Stopping the Gongkai cluster…");
                                cluster.close();
                                out.println("Gongkai cluster stopped.");
                            }
                            stopped.countDown();
                        },
                        "gongkai-cluster-shutdown"));
        Cluster cluster;
        try {
            cluster = Cluster.start(
                    dataDir,
                    command.commandServices(),
                    command.queryServices(),
                    command.basePort(),
                    password,
                    out::println);
        } catch (RuntimeException e) {
            err.println("gongkai: the cluster could not start: " + EmbeddedDatabase.rootMessage(e));
            System.exit(GongkaiStandalone.EXIT_FAILED);
            return;
        }
        started.set(cluster);
        for (int i = 0; i < cluster.queryServices(); i++) {
            out.println("Front door " + (i + 1) + ": " + cluster.queryUrl(i));
        }
        out.println("Processes and ports: " + dataDir.resolve("cluster.json") + "; logs in " + dataDir.resolve("logs"));
        out.println("Sign in as admin with the password in "
                + (System.getenv("GONGKAI_ADMIN_PASSWORD") == null
                        ? dataDir.resolve("admin-password")
                        : "GONGKAI_ADMIN_PASSWORD")
                + ". Ctrl-C stops everything.");
        out.println(Cluster.READY);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** GONGKAI_ADMIN_PASSWORD, or one generated on the first start and kept, readable by its owner only. */
    static String adminPassword(Path dataDir, PrintStream out) throws IOException {
        String configured = System.getenv("GONGKAI_ADMIN_PASSWORD");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("admin-password");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String generated = SignInSettings.randomSecret();
        Files.writeString(file, generated + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection is all there is
        }
        out.println("Generated the administrator's password; it is kept in " + file);
        return generated;
    }
}
