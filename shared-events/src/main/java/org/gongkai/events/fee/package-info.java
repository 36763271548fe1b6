/** The information-processing fee of 国办函〔2020〕109号 computed band by band (DOMAIN.md §8); pure, no state. */
package org.gongkai.events.fee;
