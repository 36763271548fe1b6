package org.gongkai.query.webui;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cache headers of the static files (issue 20: a township line is 2 Mbit/s). A webjar's URL names its version, so
 * its files never change under that URL: cached for a year, {@code immutable}. The UI's own modules, style sheet
 * and icon keep their plain names (ES modules import each other by relative path), so the browser keeps them and
 * asks each time whether they changed: a repeat visit costs a 304 per file, not the file. Without these headers
 * Spring Security's default {@code no-store} would send every byte again on every visit.
 */
@Configuration
class StaticResourceCaching implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
