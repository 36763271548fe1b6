package org.gongkai.query.letters;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/agencies/{id}/letter-settings}: what the agency's letters print, for the agencies screen. */
@RestController
class LetterSettingsController {

    private final LetterRecords records;

    LetterSettingsController(LetterRecords records) {
        this.records = records;
    }

    /** An agency without settings answers its register name as the letterhead and nothing else. */
    @GetMapping("/api/agencies/{agencyId}/letter-settings")
    @Transactional(readOnly = true)
    LetterSettings settings(@PathVariable String agencyId) {
        return records.settings(agencyId).orElseGet(() -> {
            String name = records.agencyName(agencyId)
                    .orElseThrow(() -> new LetterNotCalledFor(
                            "UnknownAgency", "agencyId", "No agency with id '" + agencyId + "' is registered."));
            return new LetterSettings(agencyId, name, null, null, null, null, null);
        });
    }
}
