package org.gongkai.standalone;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.command.CommandServiceApplication;
import org.gongkai.query.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The main of one service process of a cluster: {@code command} or {@code query}. It reads its settings from the
 * environment, with the same variables as docker/compose.yaml ({@code SPRING_DATASOURCE_URL},
 * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}, {@code GONGKAI_COMMAND_SERVICE_URL}, …), so that what the cluster test
 * runs is what the containers run. Spring's own shutdown hook closes the service on SIGTERM.
 */
public final class ServiceProcess {

    private ServiceProcess() {}

    public static void main(String[] args) {
        if (args.length != 1 || !List.of("command", "query").contains(args[0])) {
            System.err.println("usage: ServiceProcess command|query");
            System.exit(GongkaiStandalone.EXIT_USAGE);
            return;
        }
        boolean command = args[0].equals("command");
        List<String> settings = new ArrayList<>();
        // the service's own defaults file; the environment outranks it
        settings.add("--spring.config.name=" + (command ? "command-service" : "query-service"));
        settings.add("--axon.update-check.disabled=true");
        if (!command) {
            // one jar holds both services: the query service must not start Axon's command-side machinery
            settings.add("--spring.autoconfigure.exclude="
                    + String.join(",", AxonAutoConfigurations.onClasspath(ServiceProcess.class.getClassLoader())));
        }
        new SpringApplicationBuilder(command ? CommandServiceApplication.class : QueryServiceApplication.class)
                .run(settings.toArray(String[]::new));
    }
}
