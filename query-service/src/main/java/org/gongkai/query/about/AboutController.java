package org.gongkai.query.about;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What this installation is: the UI shows a banner when the numbers are generated demo data. */
@RestController
class AboutController {

    private final boolean demo;

    AboutController(@Value("${gongkai.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/api/about")
    Map<String, Object> about() {
        return Map.of("product", "Gongkai 公开", "demo", demo);
    }
}
