package org.gongkai.command;

import org.gongkai.web.SharedWeb;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The command service: staff's writes become events in Axon's event store on PostgreSQL. JPA is excluded on
 * purpose: the event store uses Axon's JDBC engine, and in the standalone jar JPA is on the classpath for the query
 * service only.
 */
@Import(SharedWeb.class)
@SpringBootApplication(exclude = {HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class})
public class CommandServiceApplication {

    /** The configuration file is {@code command-service.properties}, so both services can share one classpath. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
