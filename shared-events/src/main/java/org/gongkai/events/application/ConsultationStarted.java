package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The agency started consulting a third party (Art. 32) or another agency (Art. 34); that time does not count.
 *
 * <p>Version 1.
 */
public record ConsultationStarted(
        String applicationId, String consultationId, ConsultationParty party, LocalDate startedOn)
        implements ApplicationEvent {}
