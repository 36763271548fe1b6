package org.gongkai.query.letters;

/** What an agency's letters print (the latest {@code LetterSettingsSet}); null parts print as a blank. */
record LetterSettings(
        String agencyId,
        String letterheadName,
        String documentNumberPrefix,
        String officeAddress,
        String officeHours,
        String reconsiderationBody,
        String court) {}
