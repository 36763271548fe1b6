/** The information-processing fee quote (国办函〔2020〕109号) served to staff before a fee notice is recorded. */
package org.gongkai.query.fee;
