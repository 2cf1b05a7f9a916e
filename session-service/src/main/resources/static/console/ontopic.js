// Time on the agreed topic so far, by METRICS.md's segment rules: from the agreement to the end (or to `until`
// while the session runs), off topic from a shift to its re-contract when the outcome is RETURN_TO_AGREED or
// ADOPT_NEW_TOPIC, and from a shift still open to `until`; a shift re-contracted CONNECTED_TO_AGREED was
// connected context, which counts as on topic. Overlapping shifts: off topic while any of them is.

/** {onMinutes, totalMinutes, openShifts} for a session view, or null before the agreement. */
export function onTopicSoFar(session, until) {
    const contracted = session.agreement?.at ? Date.parse(session.agreement.at) : null;
    if (contracted === null) {
        return null;
    }
    const end = session.endedAt ? Date.parse(session.endedAt) : Math.max(until, contracted);
    const off = [];
    let openShifts = 0;
    for (const shift of session.shifts ?? []) {
        if (shift.outcome === 'CONNECTED_TO_AGREED') {
            continue;
        }
        const from = Date.parse(shift.at);
        const to = shift.reContractedAt ? Date.parse(shift.reContractedAt) : end;
        if (!shift.reContractedAt) {
            openShifts++;
        }
        off.push([Math.max(from, contracted), Math.min(to, end)]);
    }
    off.sort((a, b) => a[0] - b[0]);
    let offMillis = 0;
    let reach = -Infinity;
    for (const [from, to] of off) {
        const start = Math.max(from, reach);
        if (to > start) {
            offMillis += to - start;
        }
        reach = Math.max(reach, to);
    }
    const total = end - contracted;
    return { onMinutes: (total - offMillis) / 60000, totalMinutes: total / 60000, openShifts };
}

export function minutes(value) {
    const rounded = Math.round(value * 10) / 10;
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
