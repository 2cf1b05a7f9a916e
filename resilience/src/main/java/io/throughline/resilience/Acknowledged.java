package io.throughline.resilience;

import java.util.ArrayList;
import java.util.List;

/**
 * What the platform acknowledged for one session, as the load driver saw it: whether the schedule
 * took, which of the plan's steps took (in order: a session's steps stop at the first that did not),
 * and whether its prep form was submitted on time or late.
 */
final class Acknowledged {

    final SessionPlan plan;
    volatile boolean scheduled;
    final List<SessionPlan.Step> steps = new ArrayList<>();
    volatile boolean prepOnTime;
    volatile boolean prepLate;
    /** A command the platform refused for good (not a connection error or a 503): what it answered. */
    volatile String refused;

    Acknowledged(SessionPlan plan) {
        this.plan = plan;
    }

    synchronized void step(SessionPlan.Step step) {
        steps.add(step);
    }

    synchronized List<SessionPlan.Step> steps() {
        return List.copyOf(steps);
    }

    /** The events the session's aggregate must hold: the schedule and one per acknowledged step. */
    int events() {
        return scheduled ? 1 + steps().size() : 0;
    }

    boolean started() {
        return steps().stream().anyMatch(step -> step.path().equals("start"));
    }
}
