package org.gongkai.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Tomcat refuses some requests before any of our code sees them (a path with an encoded NUL or bytes that are no
 * UTF-8, a header it cannot parse) and answers them with its own HTML page. This valve takes the place of Tomcat's
 * error report so those answers are problems naming a rule too. Answers our code already wrote are left alone.
 * Public because Tomcat creates it by class name.
 */
public class ProblemValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String rule = status == 400 ? "MalformedRequest" : "Http" + status;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:gongkai:problem:" + rule + "\",\"title\":\"" + rule
                        + "\",\"status\":" + status + ",\"rule\":\"" + rule + "\",\"detail\":\"请求无法解析："
                        + "the server could not read the request line or headers (an encoded NUL or invalid UTF-8 in"
                        + " the path, say)\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more to tell the client
        }
    }

    /** Installs the valve as the host's error report before Tomcat starts; imported by {@link SharedWeb}. */
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemValve.class.getName());
                }
            });
        }
    }
}
