// "Over time" on a client's or a coach's page: GET …/trends per week or month with a range and rolling periods,
// charted with a table beside each chart, and the sessions behind a chosen period (GET …/sessions?from=&to=).
// What is shown lives in the address (#/clients/coachee-1?period=week&from=…&to=…&rolling=4&point=2025-W49), so
// it can be shared and a reload shows the same.
import { ApiError, get, orgPath } from '../api.js';
import { h, idFor } from '../dom.js';
import { count, dateTime, decimal, label, percent, PREP_FORM, STATUS } from '../format.js';
import { trendChart } from '../trend-chart.js';
import { section, viewHref } from './parts.js';

const PASSED_ON = ['period', 'from', 'to', 'rolling', 'asOf'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ROLLING = 12;
const DRILL_SIZE = 50;

// Set when a period was chosen, so that its list takes the focus once it is drawn.
let focusList = false;

/** What the address asks for; anything malformed is left to the API's defaults. */
function chosen(route) {
    const query = route.query ?? new URLSearchParams();
    const rolling = Number.parseInt(query.get('rolling') ?? '', 10);
    const date = name => (DATE.test(query.get(name) ?? '') ? query.get(name) : null);
    return {
        period: ['week', 'month'].includes(query.get('period')) ? query.get('period') : null,
        from: date('from'),
        to: date('to'),
        rolling: rolling >= 2 && rolling <= MAX_ROLLING ? String(rolling) : null,
        asOf: query.get('asOf'),
        point: query.get('point'),
    };
}

/** [trends, sessions of the chosen period or null]; a 400 (a range too long) is shown in the section, not as the page's error. */
export async function load(route, kind, signal) {
    const choice = chosen(route);
    const params = new URLSearchParams();
    PASSED_ON.filter(key => choice[key]).forEach(key => params.set(key, choice[key]));
    const path = orgPath(route.org, `/${kind}/${encodeURIComponent(route.id)}/trends${params.size ? `?${params}` : ''}`);
    let trends;
    try {
        trends = await get(path, signal);
    } catch (error) {
        if (error instanceof ApiError && error.status === 400) {
            return [{ json: { problem: error.message } }, null];
        }
        throw error;
    }
    const point = choice.point ? trends.json.points.find(candidate => candidate.period === choice.point) : null;
    const sessions = point?.sessions ? await get(`${point.sessions}&size=${DRILL_SIZE}`, signal) : null;
    return [trends, sessions];
}

/** Changes what the address asks for (keeping the rest of it, such as the page of sessions); the shell loads it. */
function show(changes) {
    const [path, query] = location.hash.replace(/^#/, '').split('?');
    const params = new URLSearchParams(query ?? '');
    Object.entries(changes).forEach(([key, value]) => (value ? params.set(key, value) : params.delete(key)));
    location.hash = params.size ? `${path}?${params}` : path;
}

export function render([trends, sessions], route, kind) {
    const choice = chosen(route);
    const headingKey = `${kind}-over-time`;
    if (trends.json.problem) {
        return section(headingKey, 'Over time', controls(choice, null),
            h('p', { class: 'problem', role: 'alert' }, `These figures cannot be shown: ${trends.json.problem}`));
    }
    const trend = trends.json;
    const rolling = trend.rolling > 1;
    const per = trend.period === 'month' ? 'months' : 'weeks';
    const pick = point => {
        focusList = true;
        show({ point: point.period });
    };
    const picked = choice.point && trend.points.some(point => point.period === choice.point) ? choice.point : null;
    return section(headingKey, 'Over time',
        controls(choice, trend),
        h('p', { class: 'lead' }, `Per ${trend.period} in ${trend.timeZone}, from `, h('time', { datetime: trend.from }, trend.from),
            ' up to ', h('time', { datetime: trend.to }, trend.to),
            '. A gap is a period with nothing to count; a triangle marks a period with sessions logged after it closed.'),
        h('div', { class: 'trend-charts' },
            trendChart(trends, {
                key: 'trend-sidetracks',
                title: 'Sidetracks per session',
                caption: `Topic shifts per ended session, per ${trend.period}`,
                picked,
                onPick: pick,
                series: [
                    { label: 'Per session', type: 'bar', axis: 'count', format: decimal, pointer: index => `/points/${index}/sidetrackFrequency` },
                    rolling ? { label: `Over ${trend.rolling} ${per}`, axis: 'count', format: decimal, dashed: true,
                        pointer: index => `/points/${index}/rolling/sidetrackFrequency` } : null,
                ].filter(Boolean),
            }),
            trendChart(trends, {
                key: 'trend-on-topic',
                title: 'On the agreed topic, and prep forms on time',
                caption: `Share of time on the agreed topic and prep forms submitted on time, per ${trend.period}`,
                picked,
                onPick: pick,
                series: [
                    { label: 'On-topic share', axis: 'ratio', format: percent, pointer: index => `/points/${index}/onAgreedTopicShare` },
                    { label: 'Prep forms on time', axis: 'ratio', format: percent, pointer: index => `/points/${index}/prepCompletionRate` },
                    rolling ? { label: `On-topic, over ${trend.rolling} ${per}`, axis: 'ratio', format: percent, dashed: true,
                        pointer: index => `/points/${index}/rolling/onAgreedTopicShare` } : null,
                ].filter(Boolean),
            })),
        behind(sessions, trend.points.find(point => point.period === picked), kind));
}

function controls(choice, trend) {
    const id = name => idFor(`over-time-${name}`);
    const periodSelect = h('select', { id: id('period'), name: 'period' },
        h('option', { value: 'week' }, 'Week'), h('option', { value: 'month' }, 'Month'));
    periodSelect.value = trend?.period ?? choice.period ?? 'week';
    const rollingSelect = h('select', { id: id('rolling'), name: 'rolling' },
        Array.from({ length: MAX_ROLLING }, (_, index) => h('option', { value: String(index + 1) },
            index === 0 ? 'Off' : `${index + 1} periods`)));
    rollingSelect.value = String(trend?.rolling ?? choice.rolling ?? 1);
    const from = h('input', { type: 'date', id: id('from'), name: 'from', value: trend?.from ?? choice.from ?? '' });
    const to = h('input', { type: 'date', id: id('to'), name: 'to', value: trend?.to ?? choice.to ?? '' });
    const field = (text, input) => h('div', { class: 'control' }, h('label', { for: input.id }, text), input);
    return h('form', {
        class: 'trend-controls',
        'aria-label': 'What to show over time',
        onsubmit: event => {
            event.preventDefault();
            show({
                period: periodSelect.value,
                from: from.value,
                to: to.value,
                rolling: rollingSelect.value === '1' ? null : rollingSelect.value,
                point: null,
            });
        },
    },
    field('Per', periodSelect), field('From', from), field('Up to (not included)', to), field('Rolling', rollingSelect),
    h('div', { class: 'control' }, h('button', { type: 'submit', id: id('show') }, 'Show')));
}

/** The sessions behind the chosen period, each linked to its timeline. */
function behind(sessions, point, kind) {
    if (!point) {
        return h('p', { class: 'muted behind-hint' }, 'Choose a period in a table, or a point in a chart, to see the sessions behind it.');
    }
    const headingId = idFor('over-time-sessions-heading');
    if (focusList) {
        focusList = false;
        queueMicrotask(() => document.getElementById(headingId)?.focus());
    }
    const rows = sessions?.json.sessions ?? [];
    const total = sessions?.json.sessionsPage?.totalElements ?? rows.length;
    return h('div', { class: 'behind', id: idFor('over-time-sessions') },
        h('h3', { id: headingId, tabindex: '-1' }, `Sessions of ${point.period}`,
            h('span', { class: 'muted' }, ` (${point.from} up to ${point.to})`)),
        rows.length === 0
            ? h('p', { class: 'muted' }, 'No session in this period.')
            : h('ul', { class: 'behind-list' }, rows.map((row, index) => h('li', { 'data-session': row.sessionId },
                h('a', { href: viewHref(`/sessions/${encodeURIComponent(row.sessionId)}`) }, `Session ${row.sessionId}`),
                h('span', {}, h('time', { datetime: row.sessionAt }, dateTime(row.sessionAt)), ` · ${label(STATUS, row.status)}`),
                kind === 'coaches' ? h('span', {}, 'client ', h('a', { href: viewHref(`/clients/${encodeURIComponent(row.clientId)}`) }, row.clientId)) : null,
                h('span', {}, sessions.figure(`/sessions/${index}/topicShifts`, value => `${count(value)} topic shifts`)),
                h('span', {}, 'on topic ', sessions.figure(`/sessions/${index}/onAgreedTopicShare`, percent)),
                h('span', {}, `prep form ${label(PREP_FORM, row.prepForm ?? 'NONE').toLowerCase()}`)))),
        total > rows.length ? h('p', { class: 'muted' }, `The newest ${rows.length} of ${total}.`) : null,
        h('button', { type: 'button', class: 'link-button', id: idFor('over-time-close'), onclick: () => show({ point: null }) },
            'Close the list'));
}
