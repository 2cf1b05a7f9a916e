/**
 * What session events ask of prep forms, and the Kafka consumer of {@code coaching.sessions.v1} that
 * delivers them. Idempotent: a redelivered {@code scheduled} finds its form requested already and a
 * redelivered {@code started} finds it missed or submitted, so neither changes anything, and offsets
 * are committed only after a record's commands succeeded.
 */
package io.throughline.prepform.sessions;
