// One client: the figures over its ended sessions, a chart of them session by session, how shifts were
// re-contracted, recurring sidetrack topics, prep forms, and a page of sessions with their timelines.
import { ApiError, get, orgPath } from '../api.js';
import { comparisonBars, mixBar, segmentLegend, timelineBar } from '../bars.js';
import { sessionTrend } from '../charts.js';
import { h, idFor } from '../dom.js';
import {
    count, dateTime, decimal, label, minutes, OUTCOMES, percent, perSession, PREP_FORM, PROGRESS, STATUS,
} from '../format.js';
import { isCoach, seesOrganisation } from '../person.js';
import { coachLink, figureGrid, pageHeading, section, viewHref } from './parts.js';
import * as overTime from './over-time.js';

export const PAGE_SIZE = 10;

// A timeline is fetched again only while its session can still change, or when its row did.
const timelines = new Map();

export function title(route) {
    return route.person.clientId === route.id && !seesOrganisation(route.person) ? 'Your figures' : `Client ${route.id}`;
}

export async function load(route, signal) {
    const patterns = await get(orgPath(route.org,
        `/clients/${encodeURIComponent(route.id)}/patterns?page=${route.page}&size=${PAGE_SIZE}`), signal);
    const [sessionTimelines, trends] = await Promise.all([
        Promise.all(patterns.json.sessions.map(row => timelineOf(route.org, row, signal))),
        overTime.load(route, 'clients', signal),
    ]);
    return { patterns, timelines: sessionTimelines, overTime: trends };
}

async function timelineOf(org, row, signal) {
    const key = `${org}/${row.sessionId}`;
    const rowJson = JSON.stringify(row);
    const cached = timelines.get(key);
    if (cached && cached.rowJson === rowJson && (row.status === 'ENDED' || row.status === 'CANCELLED')) {
        return cached.answer;
    }
    let answer = null;
    try {
        answer = await get(orgPath(org, `/sessions/${encodeURIComponent(row.sessionId)}/timeline`), signal);
    } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) {
            throw error;
        }
    }
    timelines.set(key, { rowJson, answer });
    return answer;
}

export function render({ patterns, timelines: sessionTimelines, overTime: trends }, route) {
    const client = patterns.json;
    return h('div', {},
        pageHeading(`Client ${client.clientId}`,
            h('p', { class: 'lead' }, route.person.clientId === client.clientId && !seesOrganisation(route.person)
                ? 'Figures over your ended sessions; cancelled and unfinished sessions are listed but not counted.'
                : 'Figures over the client’s ended sessions; cancelled and unfinished sessions are listed but not counted.')),
        section('client-figures', 'Headline figures', figureGrid(patterns, [
            { label: 'Sessions ended', pointer: '/sessionsEnded', format: count },
            { label: 'Topic shifts', pointer: '/topicShifts', format: count },
            { label: 'Sidetrack frequency', pointer: '/sidetrackFrequency', format: decimal, unit: 'per session', hint: 'topic shifts per ended session' },
            { label: 'Sidetracks per hour', pointer: '/sidetracksPerHour', format: decimal, unit: 'per hour' },
            { label: 'On-topic share', pointer: '/onAgreedTopicShare', format: percent, hint: 'time on the agreed topic or connected context' },
            { label: 'Connected share', pointer: '/connectedShare', format: percent, hint: 'of topic shifts turned out connected' },
            { label: 'Time to agreement', pointer: '/avgMinutesToAgreement', format: minutes, hint: 'mean, from start' },
            { label: 'Shift to re-contract', pointer: '/avgShiftToReContractMinutes', format: minutes, hint: 'mean, over re-contracted shifts' },
        ])),
        overTime.render(trends, route, 'clients'),
        section('client-trend', 'Across sessions', sessionTrend(patterns, { tableId: idFor(`trend-table-${route.page}`) })),
        section('client-mix', 'How topic shifts and sessions ended',
            h('div', { class: 'two-up' },
                mixBar(patterns, '/reContractOutcomes', OUTCOMES, { title: 'Re-contract outcomes', empty: 'No topic shifts yet.' }),
                mixBar(patterns, '/progress', PROGRESS, { title: 'Progress at the end', empty: 'No progress checks yet.' }))),
        section('client-topics', 'Recurring sidetrack topics',
            client.recurringSidetrackTopics.length === 0
                ? h('p', { class: 'muted' }, 'No sidetrack topic has come up twice yet.')
                : h('ol', { class: 'topics' }, client.recurringSidetrackTopics.map((topic, index) =>
                    h('li', {}, h('span', { class: 'topic' }, topic.topic), ' ',
                        patterns.figure(`/recurringSidetrackTopics/${index}/count`, value => `${count(value)} times`))))),
        section('client-prep', 'Prep forms',
            figureGrid(patterns, [
                { label: 'Requested', pointer: '/prepForms/requested', format: count },
                { label: 'Submitted', pointer: '/prepForms/submitted', format: count },
                { label: 'Missed', pointer: '/prepForms/missed', format: count },
                { label: 'Late', pointer: '/prepForms/late', format: count },
                { label: 'Completion rate', pointer: '/prepForms/completionRate', format: percent, hint: 'submitted on time, of those due' },
            ]),
            h('h3', {}, 'Sidetrack frequency with and without a prep form'),
            comparisonBars(patterns, [
                { label: 'With an on-time prep form', pointer: '/sidetrackFrequencyWithPrep', format: perSession, kind: 'with-prep' },
                { label: 'Without one', pointer: '/sidetrackFrequencyWithoutPrep', format: perSession, kind: 'without-prep' },
            ])),
        section('client-sessions', 'Sessions', sessionsTable(patterns, sessionTimelines, route), pager(patterns, route)));
}

// On a phone each row becomes a card whose cells carry their column's name (data-label); the explicit
// roles keep it a table for screen readers whatever the CSS does to it.
function sessionsTable(patterns, sessionTimelines, route) {
    const rows = patterns.json.sessions;
    if (rows.length === 0) {
        return h('p', { class: 'muted' }, 'No sessions on this page.');
    }
    const columns = [
        { label: 'Coach', cell: row => coachLink(row.coachId, { key: `-row-${row.sessionId}`,
            linked: seesOrganisation(route.person) || isCoach(route.person, row.coachId) }) },
        { label: 'Status', cell: row => h('span', { class: `status status-${row.status.toLowerCase().replace('_', '-')}` }, label(STATUS, row.status)) },
        { label: 'Started', cell: row => row.startedAt ? h('time', { datetime: row.startedAt }, dateTime(row.startedAt))
            : h('span', { class: 'muted' }, `scheduled ${dateTime(row.scheduledStart)}`) },
        { label: 'Topic shifts', numeric: true, cell: (row, index) => patterns.figure(`/sessions/${index}/topicShifts`, count) },
        { label: 'On-topic share', numeric: true, cell: (row, index) => patterns.figure(`/sessions/${index}/onAgreedTopicShare`, percent) },
        { label: 'Time to agreement', numeric: true, cell: (row, index) => patterns.figure(`/sessions/${index}/minutesToAgreement`, minutes) },
        { label: 'Prep form', cell: row => h('span', { class: `prep prep-${(row.prepForm ?? 'NONE').toLowerCase().replace('_', '-')}` },
            label(PREP_FORM, row.prepForm)) },
        { label: 'Timeline', class: 'timeline-column', cell: (row, index) => timelineCell(row, sessionTimelines[index]) },
    ];
    const captionId = idFor('sessions-caption');
    const cellClass = column => [column.numeric ? 'numeric' : null, column.class].filter(Boolean).join(' ') || null;
    return h('div', {},
        segmentLegend(),
        h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
            h('table', { class: 'data-table sessions', role: 'table' },
                h('caption', { id: captionId }, 'Sessions, newest first, with their prep form and timeline'),
                h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' },
                    h('th', { scope: 'col', role: 'columnheader' }, 'Session'),
                    columns.map(column => h('th', { scope: 'col', role: 'columnheader', class: cellClass(column) }, column.label)))),
                h('tbody', { role: 'rowgroup' }, rows.map((row, index) => h('tr', { role: 'row', 'data-session': row.sessionId },
                    h('th', { scope: 'row', role: 'rowheader' }, row.sessionId),
                    columns.map(column => h('td', { role: 'cell', class: cellClass(column), 'data-label': column.label },
                        column.cell(row, index)))))))));
}

function timelineCell(row, timeline) {
    if (row.status === 'CANCELLED') {
        return h('span', { class: 'muted' }, 'Cancelled');
    }
    return timeline ? timelineBar(timeline, idFor(`segments-${row.sessionId}`)) : h('span', { class: 'muted' }, 'Not known yet');
}

function pager(patterns, route) {
    const { page, totalPages } = patterns.json.sessionsPage;
    // Other pages of sessions keep what Over time shows.
    const base = `/clients/${encodeURIComponent(route.id)}`;
    const pageHref = number => {
        const query = new URLSearchParams(route.query);
        query.set('page', String(number));
        return viewHref(`${base}?${query}`);
    };
    return h('nav', { class: 'pager', 'aria-label': 'Pages of sessions' },
        page > 0 ? h('a', { href: pageHref(page - 1), id: 'newer-sessions', rel: 'prev' }, '← Newer sessions') : null,
        h('span', {}, 'Sessions in all: ', patterns.figure('/sessionsPage/totalElements', count)),
        page + 1 < totalPages ? h('a', { href: pageHref(page + 1), id: 'older-sessions', rel: 'next' }, 'Older sessions →') : null);
}
