package org.gongkai.command.letter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.events.letter.LetterKind;
import org.gongkai.events.letter.LetterNumberAllocated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LetterRegisterTest {

    private static final String REGISTER = LetterNumberAllocated.registerOf("township", 2026, LetterKind.ANSWER);

    private FixtureConfiguration<LetterRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LetterRegister.class);
    }

    private static AllocateLetterNumber allocate(String applicationId) {
        return new AllocateLetterNumber(REGISTER, "township", 2026, LetterKind.ANSWER, applicationId);
    }

    private static LetterNumberAllocated allocated(String applicationId, int sequence) {
        return new LetterNumberAllocated(REGISTER, "township", 2026, LetterKind.ANSWER, applicationId, sequence);
    }

    @Test
    void givesTheFirstLetterOfASeriesNumberOne() {
        fixture.givenNoPriorActivity()
                .when(allocate("a-1"))
                .expectEvents(allocated("a-1", 1))
                .expectResultMessagePayload(1);
    }

    @Test
    void givesTheNextLetterTheNextNumber() {
        fixture.given(allocated("a-1", 1), allocated("a-2", 2))
                .when(allocate("a-3"))
                .expectEvents(allocated("a-3", 3))
                .expectResultMessagePayload(3);
    }

    @Test
    void answersTheSameNumberWhenTheSameLetterAsksAgain() {
        fixture.given(allocated("a-1", 1), allocated("a-2", 2))
                .when(allocate("a-1"))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }
}
