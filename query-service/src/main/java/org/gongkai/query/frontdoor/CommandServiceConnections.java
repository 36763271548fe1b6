package org.gongkai.query.frontdoor;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * The one pool of connections from the front door to the command services, shared by write forwarding and the
 * publication and submission client, so both see the same limits and a dead command service's connections are
 * found closed once, not once per client.
 */
@Component
class CommandServiceConnections {

    // A blocking client on the request's own thread over pooled keep-alive HTTP/1.1 connections: forwarding with
    // java.net.http (selector and executor threads per exchange) cost more CPU than the command itself (ADR 0014)
    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(200)
                    .setMaxConnPerRoute(200)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofSeconds(60))
                            // a pooled connection idle for a second is checked before reuse: after a command
                            // service died, its connections are found closed and the next one in the list is tried
                            .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                            .build())
                    .build())
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .disableAutomaticRetries()
            .build();

    CloseableHttpClient client() {
        return client;
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
