package org.gongkai.query.intake;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** The current end of every partition of the topic, asked of the broker. */
interface EndOffsets {

    Map<TopicPartition, Long> now();
}
