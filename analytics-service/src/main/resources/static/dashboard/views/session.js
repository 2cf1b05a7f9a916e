// One session's timeline, as GET /sessions/{sessionId}/timeline gives it: who, when, the agreed topic, the time on
// and off it, and each topic shift with how it was re-contracted. The evidence of a flag links here.
import { get, orgPath } from '../api.js';
import { segmentLegend, timelineBar } from '../bars.js';
import { h, idFor } from '../dom.js';
import { count, dateTime, label, minutes, OUTCOMES, percent, PROGRESS, STATUS, time } from '../format.js';
import { isCoach, seesOrganisation } from '../person.js';
import { clientLink, coachLink, figureGrid, pageHeading, section } from './parts.js';

export function title(route) {
    return `Session ${route.id}`;
}

export async function load(route, signal) {
    return { timeline: await get(orgPath(route.org, `/sessions/${encodeURIComponent(route.id)}/timeline`), signal) };
}

export function render({ timeline }, route) {
    const session = timeline.json;
    const when = session.startedAt ?? session.scheduledStart;
    return h('div', {},
        pageHeading(`Session ${session.sessionId}`,
            h('p', { class: 'lead session-who' },
                'Client ', clientLink(session.clientId), ', coach ',
                coachLink(session.coachId, { key: '-session', linked: seesOrganisation(route.person) || isCoach(route.person, session.coachId) }),
                ', ', h('time', { datetime: when }, dateTime(when)), ' · ', label(STATUS, session.status),
                session.progress ? ` · ${label(PROGRESS, session.progress)}` : '')),
        section('session-timeline', 'Timeline',
            h('p', { class: 'lead' }, session.agreement
                ? ['Agreed topic: ', h('span', { class: 'topic' }, session.agreement.topic ?? '—')]
                : 'No session agreement was made.'),
            segmentLegend(),
            timelineBar(timeline, idFor('session-segments')),
            figureGrid(timeline, [
                { label: 'On-topic share', pointer: '/onAgreedTopicShare', format: percent, hint: 'on the agreed topic or connected context' },
                { label: 'Time to agreement', pointer: '/minutesToAgreement', format: minutes },
                { label: 'Topic shifts', pointer: '/topicShifts', format: count },
                { label: 'Left open', pointer: '/unresolvedShifts', format: count, hint: 'shifts never re-contracted' },
            ])),
        section('session-shifts', 'Topic shifts',
            session.shifts.length === 0
                ? h('p', { class: 'muted' }, 'No topic shift in this session.')
                : h('ol', { class: 'shift-list' }, session.shifts.map(shift => h('li', {},
                    h('span', { class: 'topic' }, shift.topic ?? '—'), ' at ', h('time', { datetime: shift.at }, time(shift.at)),
                    shift.noticedBy ? `, noticed by the ${shift.noticedBy.toLowerCase()}` : '', ': ',
                    shift.outcome ? label(OUTCOMES, shift.outcome) : 'still open')))));
}
