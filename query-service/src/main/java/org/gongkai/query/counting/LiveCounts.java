package org.gongkai.query.counting;

import java.util.List;
import java.util.Map;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.application.ProcessingFeeReader;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.proactive.ProactiveReader;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.review.ReviewsReader;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyCounts;
import org.gongkai.query.statistics.TallyReader;
import org.springframework.stereotype.Component;

/** The numbers as the projections keep them now. */
@Component
class LiveCounts implements ReportCounts {

    private final TallyReader tallies;
    private final ReviewsReader reviews;
    private final ProactiveReader proactive;
    private final ProcessingFeeReader fees;

    LiveCounts(TallyReader tallies, ReviewsReader reviews, ProactiveReader proactive, ProcessingFeeReader fees) {
        this.tallies = tallies;
        this.reviews = reviews;
        this.proactive = proactive;
        this.fees = fees;
    }

    @Override
    public TallyCounts tallies(List<String> agencyIds, Period period) {
        return tallies.read(agencyIds, period);
    }

    @Override
    public TallyCounts tallies(AgencyTree.Coverage coverage, Period period) {
        return tallies.read(coverage.summedLive(), coverage.rolledUpUnder(), period);
    }

    @Override
    public Map<ReviewGroup, Map<String, Long>> reviews(List<String> agencyIds, Period period) {
        return reviews.read(agencyIds, period);
    }

    @Override
    public ProactiveTable proactive(List<String> agencyIds, Period period) {
        return proactive.read(agencyIds, period);
    }

    @Override
    public ProcessingFees fees(List<String> agencyIds, int year) {
        return fees.read(agencyIds, year);
    }
}
