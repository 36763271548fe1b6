package org.gongkai.query.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoints: start a rebuild from offset 0 and watch its progress. */
@RestController
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionRebuild.Progress start() {
        return rebuild.start();
    }

    @GetMapping("/api/admin/projections/rebuild")
    ProjectionRebuild.Progress progress() {
        return rebuild.progress();
    }
}
