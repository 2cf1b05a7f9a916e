/**
 * The prep form's command side: the event-sourced {@link io.throughline.prepform.command.PrepForm}, its commands and rules.
 *
 * <p><b>Life.</b> A form starts {@code REQUESTED} (its session was scheduled) or {@code DRAFT} (the
 * client created it first). Answers move it from {@code REQUESTED} to {@code DRAFT}. The session
 * starting before a submission makes it {@code MISSED}. A missed form still takes answers and can
 * still be submitted, then {@code late: true}: the API says a form submitted after its session
 * started is late, and such a form has always been missed first. {@code SUBMITTED} is final.
 *
 * <p><b>One form per session.</b> A form with a session lives under the id
 * {@link io.throughline.prepform.command.PrepFormKey#forSession}, derived from orgId and sessionId;
 * a client naming another id for it breaks {@code ONE_FORM_PER_SESSION}. The scheduled event and
 * the client's request therefore address the same aggregate, and both create it "if missing". On
 * one instance Axon's per-aggregate lock serialises them; across instances both may find it missing
 * and append at sequence 0, and the event store's unique (aggregate id, sequence) lets only one
 * commit. The loser gets a concurrency exception and, sent once more, finds the form and fills it in
 * (client) or attaches the request to it (scheduled event, still emitting {@code PrepFormRequested}).
 * A form without a session has the id the client gave, or a UUID.
 *
 * <p><b>Time.</b> A client command's {@code at} may not be before the form's latest event (the platform's
 * {@code NOT_BEFORE_PREVIOUS_EVENT}, checked by {@code Lifecycle}). Events
 * caused by session events take their cause's {@code occurredAt} and are not checked against it.
 *
 * <p><b>Events.</b> Requested, submitted and missed are the contract records of
 * {@code io.throughline.events}, stored and later published unchanged. {@code PrepFormDrafted} and
 * {@code AnswersUpdated} are stored only.
 */
package io.throughline.prepform.command;
