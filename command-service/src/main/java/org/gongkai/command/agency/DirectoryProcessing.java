package org.gongkai.command.agency;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The directory projections (agencies, applications, users, letter numbers, which agency owns what) run in the
 * command's own transaction (ADR 0008), so a failure in one of them fails the command. Axon's default for a
 * processor logs a handler's failure and goes on: the event would then be stored without its directory row, and a
 * later command refused for a record that exists. A failure now rolls the command back, and it is answered as one.
 */
@Configuration
class DirectoryProcessing {

    static final String GROUP = "agency-directory";

    @Autowired
    void failTheCommandWhenADirectoryFails(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(GROUP, config -> PropagatingErrorHandler.instance());
    }
}
