package org.gongkai.query.application;

import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.statistics.Quarter;

/** A change of one cell of the quarterly tally: +1 when a fact is counted, -1 when a correction moves it away. */
record TallyDelta(String agencyId, Quarter quarter, ApplicantType applicantType, String row, int delta) {}
