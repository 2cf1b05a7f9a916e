// One coach: how the coach contracts, re-contracts and closes sessions, over the coach's ended sessions, and the
// clients the coach has had sessions with (a coach opens their pages from here). On their own page a coach first
// sees the flags raised for them and their clients, read only.
import { get, orgPath } from '../api.js';
import { mixBar } from '../bars.js';
import { h } from '../dom.js';
import { count, decimal, minutes, OUTCOMES, percent } from '../format.js';
import { isCoach } from '../person.js';
import * as attention from './attention.js';
import { clientLink, figureGrid, pageHeading, section } from './parts.js';
import * as overTime from './over-time.js';

export function title(route) {
    return isCoach(route.person, route.id) ? 'Your figures' : `Coach ${route.id}`;
}

export async function load(route, signal) {
    const [patterns, needsAttention, trends] = await Promise.all([
        get(orgPath(route.org, `/coaches/${encodeURIComponent(route.id)}/patterns`), signal),
        isCoach(route.person, route.id) ? attention.load(route, signal) : null,
        overTime.load(route, 'coaches', signal),
    ]);
    return { patterns, attention: needsAttention, overTime: trends };
}

export function render({ patterns, attention: needsAttention, overTime: trends }, route) {
    const own = isCoach(route.person, patterns.json.coachId);
    const clients = patterns.json.clients ?? [];
    return h('div', {},
        pageHeading(`Coach ${patterns.json.coachId}`,
            h('p', { class: 'lead' }, own ? 'Figures over your ended sessions.' : 'Figures over the coach’s ended sessions.')),
        attention.render(needsAttention, { org: route.org, coachIds: [], canMark: false }),
        section('coach-clients', own ? 'Your clients' : 'Clients',
            clients.length === 0
                ? h('p', { class: 'muted' }, own ? 'You have had no session with a client yet.' : 'No session with a client yet.')
                : h('div', {},
                    h('p', { class: 'lead' }, own ? 'The clients you have had a session with; open one to see their patterns and sessions.'
                        : 'The clients the coach has had a session with.'),
                    h('ul', { class: 'client-list' }, clients.map(clientId => h('li', {}, clientLink(clientId)))))),
        section('coach-agreement', 'Agreements', figureGrid(patterns, [
            { label: 'Sessions ended', pointer: '/sessionsEnded', format: count },
            { label: 'Agreement rate', pointer: '/agreementRate', format: percent, hint: 'sessions with an agreement' },
            { label: 'Agreement completeness', pointer: '/agreementCompleteness', format: percent,
                hint: 'of topic, success measure, importance and what to address' },
            { label: 'Progress check rate', pointer: '/progressCheckRate', format: percent, hint: 'sessions closed with a progress check' },
        ])),
        section('coach-shifts', 'Topic shifts', figureGrid(patterns, [
            { label: 'Sidetrack frequency', pointer: '/sidetrackFrequency', format: decimal, unit: 'per session', hint: 'topic shifts per ended session' },
            { label: 'Re-contract rate', pointer: '/reContractRate', format: percent, hint: 'of topic shifts re-contracted' },
            { label: 'Silent drift', pointer: '/silentDriftRate', format: percent, hint: 'of topic shifts left open at the end' },
            { label: 'Shift to re-contract', pointer: '/avgShiftToReContractMinutes', format: minutes, hint: 'mean time' },
        ]),
        mixBar(patterns, '/reContractOutcomes', OUTCOMES, { title: 'Re-contract outcomes', empty: 'No topic shifts yet.' })),
        overTime.render(trends, route, 'coaches'));
}
