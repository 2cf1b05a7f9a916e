// What has been recorded for a session so far, in time order: a check for the coach, especially when logging
// a session afterwards.
import { h } from './dom.js';
import { localTime } from './forms.js';

const OUTCOME_WORDS = {
    RETURN_TO_AGREED: 'back to the agreed topic',
    ADOPT_NEW_TOPIC: 'the new topic adopted',
    CONNECTED_TO_AGREED: 'connected to the agreed topic',
};

export function recordedSoFar(session) {
    const entries = [];
    const add = (at, text) => at && entries.push({ at: Date.parse(at), text });
    add(session.startedAt, 'Started');
    add(session.checkIn?.at, `Check-in: ${({ READY: 'ready', DISTRACTED: 'distracted', NEEDS_TO_OFFLOAD: 'needs to offload' })[session.checkIn?.readiness] ?? ''}`);
    add(session.agreement?.at, `Agreement: ${session.agreement?.topic}`);
    for (const piece of session.pieces ?? []) {
        add(piece.at, `Piece completed${piece.nextStep ? ` — next: ${piece.nextStep}` : ''}`);
    }
    for (const shift of session.shifts ?? []) {
        add(shift.at, `Topic shift: ${shift.topic} (noticed by the ${shift.noticedBy === 'CLIENT' ? 'client' : 'coach'})`);
        add(shift.reContractedAt, `Re-contracted “${shift.topic}”: ${OUTCOME_WORDS[shift.outcome] ?? shift.outcome}`);
    }
    add(session.endedAt, `Ended: ${({ ACHIEVED: 'achieved', PARTLY: 'partly', NOT_ACHIEVED: 'not achieved' })[session.progress] ?? ''}`);
    entries.sort((a, b) => a.at - b.at);
    return h('section', { class: 'card recorded', 'aria-labelledby': 'recorded-heading' },
        h('h2', { id: 'recorded-heading' }, session.endedAt ? 'What was recorded' : 'Recorded so far'),
        h('ol', { id: 'recorded' }, entries.map(entry => h('li', {}, h('time', { datetime: new Date(entry.at).toISOString() }, localTime(entry.at)), ' ', entry.text))));
}

/** The time of the latest step recorded: "so far" for a session logged afterwards. */
export function latestEventTime(session) {
    const times = [session.startedAt, session.checkIn?.at, session.agreement?.at,
        ...(session.pieces ?? []).map(p => p.at),
        ...(session.shifts ?? []).flatMap(s => [s.at, s.reContractedAt])].filter(Boolean).map(Date.parse);
    return Math.max(...times);
}
