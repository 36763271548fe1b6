/** The command side's part of the API description, which the front door merges into its own (ADR 0024). */
package org.gongkai.command.apidocs;
