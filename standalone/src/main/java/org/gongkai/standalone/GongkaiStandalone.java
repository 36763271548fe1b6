package org.gongkai.standalone;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.standalone.bench.Bench;

/**
 * {@code java -jar gongkai-standalone.jar [--data-dir DIR] [--port PORT] [--demo]}: the whole system on one
 * machine with nothing installed but Java. A plain main on purpose: the services' Spring Boot applications are
 * started as two separate contexts, and a Spring Boot application here would scan both.
 */
public final class GongkaiStandalone {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private GongkaiStandalone() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        LaunchCommand command;
        try {
            command = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println("gongkai: " + e.getMessage());
            err.println("Run with --help for the usage.");
            System.exit(EXIT_USAGE);
            return;
        }
        if ((command instanceof LaunchCommand.Run || command instanceof LaunchCommand.Bench)
                && JvmBounds.shouldRelaunch()) {
            System.exit(JvmBounds.relaunch(args)); // the same command in a JVM with bounded memory (ADR 0035)
            return;
        }
        JvmBounds.followParent();
        if (command instanceof LaunchCommand.Run run) {
            run(run, out, err);
        } else if (command instanceof LaunchCommand.Cluster cluster) {
            ClusterLauncher.run(cluster, out, err);
        } else if (command instanceof LaunchCommand.Bench bench) {
            bench(bench, out, err);
        } else {
            out.print(CommandLine.USAGE);
        }
    }

    private static void run(LaunchCommand.Run run, PrintStream out, PrintStream err) {
        String problem = problemWith(run);
        if (problem != null) {
            err.println("gongkai: " + problem);
            System.exit(EXIT_USAGE);
            return;
        }
        long started = System.nanoTime();
        out.println("Gongkai starting with data in "
                + run.dataDir().toAbsolutePath().normalize());
        boolean seedDemo = run.demo() && DemoMarker.isFresh(run.dataDir());
        if (run.demo() && !seedDemo) {
            out.println("Demo data only goes into a fresh data dir; " + run.dataDir()
                    + " already has data, so none is added.");
        }
        if (seedDemo) {
            DemoMarker.mark(run.dataDir());
        }
        GongkaiStack stack = new GongkaiStack(
                run.dataDir(), run.port(), new Progress(out::println), System.getenv("GONGKAI_ADMIN_PASSWORD"));
        AtomicBoolean stopping = new AtomicBoolean();
        // registered before anything starts: the one place that decides the stopping order
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            stop(stack, out, err);
                        },
                        "gongkai-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException | LinkageError e) {
            if (stopping.get()) {
                return; // Ctrl-C while starting: the hook stops what is up; the failure is its consequence
            }
            err.println("gongkai: "
                    + (e instanceof StartupException
                            ? e.getMessage()
                            : "could not start: " + EmbeddedDatabase.rootMessage(e)));
            System.exit(EXIT_FAILED);
            return;
        }
        if (seedDemo) {
            seedDemo(stack, out, err);
        }
        printSignIn(stack, out);
        out.println("Started in " + Progress.seconds(System.nanoTime() - started) + ". Ctrl-C stops everything.");
        out.println("Gongkai is ready at http://localhost:" + stack.port());
    }

    private static void seedDemo(GongkaiStack stack, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        out.println("Recording demo data (托里县, two years) through the API…");
        try {
            String password = stack.adminPassword()
                    .orElseThrow(
                            () -> new IllegalStateException("the administrator's password is not known to this start"));
            int facts = new DemoData("http://127.0.0.1:" + stack.port(), password).seed();
            out.println("Demo data: " + facts + " facts recorded in " + Progress.seconds(System.nanoTime() - started));
        } catch (Exception e) {
            err.println("gongkai: demo data could not be recorded completely: " + e.getMessage());
        }
    }

    /** Says once how to sign in; a generated password is shown only on the start that created it. */
    private static void printSignIn(GongkaiStack stack, PrintStream out) {
        if (stack.adminPasswordGenerated()) {
            out.println(
                    "Sign in as admin with password " + stack.adminPassword().orElseThrow()
                            + "  (shown only this once; set GONGKAI_ADMIN_PASSWORD to choose your own)");
        } else if (stack.adminPassword().isPresent()) {
            out.println("Sign in as admin with the password in GONGKAI_ADMIN_PASSWORD.");
        } else {
            out.println("Sign in as admin with the password shown on the first start, or restart with "
                    + "GONGKAI_ADMIN_PASSWORD set to sign in with that one.");
        }
    }

    private static void bench(LaunchCommand.Bench bench, PrintStream out, PrintStream err) {
        try {
            out.println(Bench.run(bench.out().orElse(null), err));
        } catch (Exception | LinkageError e) {
            err.println("gongkai bench: failed: " + EmbeddedDatabase.rootMessage(e));
            e.printStackTrace(err);
            System.exit(EXIT_FAILED);
            return;
        }
        System.exit(0); // the stack is closed; no stray non-daemon thread may keep the JVM waiting
    }

    /** Arguments that parse but cannot work here; checked before anything starts. */
    private static String problemWith(LaunchCommand.Run run) {
        Path dataDir = run.dataDir();
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            return "--data-dir " + dataDir + " is a file, not a directory";
        }
        if (Files.exists(dataDir) && !Files.isWritable(dataDir)) {
            return "--data-dir " + dataDir + " is not writable";
        }
        if (!LocalPorts.isFreeOnAllInterfaces(run.port())) {
            return "port " + run.port() + " is already in use; choose another with --port";
        }
        return null;
    }

    private static void stop(GongkaiStack stack, PrintStream out, PrintStream err) {
        out.println("Stopping Gongkai…");
        try {
            stack.close();
            out.println("Gongkai stopped.");
        } catch (RuntimeException e) {
            err.println("gongkai: stopped with an error: " + EmbeddedDatabase.rootMessage(e));
        }
    }
}
