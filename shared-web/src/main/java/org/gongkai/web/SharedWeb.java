package org.gongkai.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web parts both services answer with alike: Tomcat's own refusals as problems, the refusal counter and the
 * request edge (one spelling of each path, bounded bodies, firewall refusals as problems), and failures in the
 * database answered as problems, never as Spring MVC's empty 200 for a "client gone" (StorageFailures). Each
 * service imports this on its application class; the package lies outside both services' component scan.
 */
@Configuration(proxyBeanMethods = false)
@Import({RefusalMetrics.class, ProblemValve.Installer.class, RequestEdge.class, StorageFailures.class})
public class SharedWeb {}
