package org.gongkai.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.command.CommandServiceApplication;
import org.gongkai.query.QueryServiceApplication;
import org.gongkai.query.frontdoor.InProcessCommandSide;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the two services as two Spring contexts in this JVM, wired to the embedded stores.
 *
 * <p>The settings go in as command-line arguments because those outrank the services' own
 * {@code command-service.properties} / {@code query-service.properties}, which point at a standalone
 * PostgreSQL and Kafka. Neither context registers Spring's shutdown hook: the launcher's single hook closes them
 * in order, before the stores underneath.
 */
final class ServiceContexts {

    private ServiceContexts() {}

    static ConfigurableApplicationContext startCommandService(
            EmbeddedInfrastructure infrastructure, int port, SignInSettings signIn) {
        Map<String, String> settings = common(infrastructure, signIn);
        settings.put("gongkai.security.initial-admin-password", signIn.initialAdminPassword());
        // branch letters (ADR 0029): the key of the applicant pseudonyms, kept across restarts
        settings.put("gongkai.applicant-key.secret", ApplicantKeySecret.of(infrastructure.dataDir()));
        settings.put("spring.config.name", "command-service");
        settings.put("server.address", "127.0.0.1");
        settings.put("server.port", Integer.toString(port));
        settings.put("spring.datasource.url", infrastructure.database().commandJdbcUrl());
        return run(CommandServiceApplication.class, settings, null);
    }

    /**
     * @param commandSide the command service of this JVM, to which the front door hands writes without a socket
     *                    (ADR 0041); null: writes go over HTTP to {@code commandPort}
     */
    static ConfigurableApplicationContext startQueryService(
            EmbeddedInfrastructure infrastructure,
            int port,
            int commandPort,
            SignInSettings signIn,
            InProcessCommandSide commandSide) {
        Map<String, String> settings = common(infrastructure, signIn);
        settings.put("spring.config.name", "query-service");
        settings.put("server.port", Integer.toString(port));
        settings.put("spring.datasource.url", infrastructure.database().queryJdbcUrl());
        settings.put("gongkai.command-service.url", "http://127.0.0.1:" + commandPort);
        settings.put("gongkai.demo", Boolean.toString(DemoMarker.isMarked(infrastructure.dataDir())));
        settings.put(
                "spring.autoconfigure.exclude",
                String.join(",", AxonAutoConfigurations.onClasspath(ServiceContexts.class.getClassLoader())));
        return run(QueryServiceApplication.class, settings, commandSide);
    }

    private static Map<String, String> common(EmbeddedInfrastructure infrastructure, SignInSettings signIn) {
        Map<String, String> settings = new LinkedHashMap<>();
        // both services: the administrator password (if any) and the secret of the front door's assertions
        if (signIn.adminPassword() != null) {
            settings.put("gongkai.security.admin-password", signIn.adminPassword());
        }
        settings.put("gongkai.security.internal-secret", signIn.internalSecret());
        settings.put("spring.datasource.username", EmbeddedDatabase.USER);
        settings.put("spring.datasource.password", infrastructure.database().password());
        settings.put("spring.kafka.bootstrap-servers", infrastructure.kafka().bootstrapServers());
        // Hikari keeps its whole pool open by default (20 + 10 PostgreSQL backends of a few MB each); in one machine's
        // memory budget (ADR 0035) connections open when work needs them and idle ones close again
        settings.put("spring.datasource.hikari.minimum-idle", "2");
        // two contexts in one JVM: their MBeans would clash, and JMX is not needed for a local run
        settings.put("spring.jmx.enabled", "false");
        settings.put("axon.update-check.disabled", "true");
        settings.put("spring.main.banner-mode", "off");
        // the launcher reports each service's start itself (Spring would name the launcher's main class)
        settings.put("spring.main.log-startup-info", "false");
        // logging must outlive the contexts: the launcher closes them and then the stores, and reports it
        settings.put("logging.register-shutdown-hook", "false");
        return settings;
    }

    static List<String> asArguments(Map<String, String> settings) {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    private static ConfigurableApplicationContext run(
            Class<?> application, Map<String, String> settings, InProcessCommandSide commandSide) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
        if (commandSide != null) {
            builder.initializers(
                    context -> context.getBeanFactory().registerSingleton("inProcessCommandSide", commandSide));
        }
        return builder.bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .listeners(LoggingTurns.listeners())
                .run(asArguments(settings).toArray(String[]::new));
    }
}
