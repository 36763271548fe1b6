package org.gongkai.command.batch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's event store connections, as Axon's auto-configuration makes them, except for one thing: when a command
 * fails, Axon's unit of work calls {@code rollback()} on the raw connection even when the connection belongs to a
 * Spring transaction it merely joined. For a single write that is the same transaction, so nothing changes; inside a
 * batch it would throw away every command of the chunk before the failed one, behind the savepoint the batch set for
 * it (ADR 0040). So a connection that takes part in a Spring transaction is rolled back by Spring's transaction
 * manager only (Axon's {@code SpringTransactionManager} asks it to, to the savepoint or wholly), never behind its
 * back; a connection outside a Spring transaction is rolled back as before.
 */
@Configuration(proxyBeanMethods = false)
class SavepointSafeConnections {

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        SpringDataSourceConnectionProvider spring = new SpringDataSourceConnectionProvider(dataSource);
        return new UnitOfWorkAwareConnectionProviderWrapper(
                () -> leaveRollbackToSpring(spring.getConnection(), dataSource));
    }

    private static Connection leaveRollbackToSpring(Connection connection, DataSource dataSource) {
        return (Connection) Proxy.newProxyInstance(
                SavepointSafeConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("rollback")
                            && method.getParameterCount() == 0
                            && inSpringTransaction(dataSource)) {
                        return null; // Spring's transaction manager rolls back what this command wrote
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Whether the thread's Spring transaction holds a connection of this data source: then the connection Axon got
     * from {@link SpringDataSourceConnectionProvider} in this thread is that one.
     */
    private static boolean inSpringTransaction(DataSource dataSource) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && holder.isSynchronizedWithTransaction();
    }
}
