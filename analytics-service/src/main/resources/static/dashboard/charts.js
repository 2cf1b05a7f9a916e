// Charts from Chart.js (served by this service from its WebJar). Each chart has a table with the same
// figures beside it, for screen readers and for anyone who wants the numbers.
import { h } from './dom.js';
import { count, day, percent } from './format.js';

const SHIFTS_COLOUR = '#b35900';
const SHARE_COLOUR = '#0b4f8a';

export function destroyCharts(root) {
    if (!window.Chart) {
        return;
    }
    root.querySelectorAll('canvas').forEach(canvas => window.Chart.getChart(canvas)?.destroy());
}

/**
 * The client's ended sessions on this page, oldest first: topic shifts in each (bars) and its share of
 * time on the agreed topic (line). Both series are the API's per-session figures.
 */
export function sessionTrend(answer, { tableId }) {
    const ended = answer.json.sessions
        .map((session, index) => ({ session, index }))
        .filter(({ session }) => session.status === 'ENDED')
        .reverse();
    if (ended.length === 0) {
        return h('p', { class: 'muted' }, 'No ended sessions on this page yet.');
    }
    const canvas = h('canvas', {
        role: 'img',
        'aria-label': 'Chart: topic shifts and share of time on the agreed topic per ended session, oldest first. '
            + 'The same figures are in the table below the chart.',
    });
    const table = h('table', { class: 'data-table compact' },
        h('caption', {}, 'Topic shifts and on-topic share per ended session'),
        h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Session'), h('th', { scope: 'col' }, 'Started'),
            h('th', { scope: 'col', class: 'numeric' }, 'Topic shifts'), h('th', { scope: 'col', class: 'numeric' }, 'On-topic share'))),
        h('tbody', {}, ended.map(({ session, index }) => h('tr', {},
            h('th', { scope: 'row' }, session.sessionId),
            h('td', {}, h('time', { datetime: session.startedAt }, day(session.startedAt))),
            h('td', { class: 'numeric' }, answer.figure(`/sessions/${index}/topicShifts`, count)),
            h('td', { class: 'numeric' }, answer.figure(`/sessions/${index}/onAgreedTopicShare`, percent))))));
    const figure = h('figure', { class: 'chart' },
        h('figcaption', {}, 'Sidetracks and time on the agreed topic, session by session'),
        h('div', { class: 'chart-box' }, canvas),
        h('details', { id: tableId, class: 'chart-table' },
            h('summary', { id: `${tableId}-summary` }, 'The chart as a table'),
            h('div', { class: 'table-scroll' }, table)));
    if (!window.Chart) {
        figure.querySelector('details').open = true;
        figure.querySelector('.chart-box').replaceChildren(h('p', { class: 'muted' }, 'The chart library did not load; the figures are in the table.'));
        return figure;
    }
    queueMicrotask(() => new window.Chart(canvas, {
        type: 'bar',
        data: {
            labels: ended.map(({ session }) => `${day(session.startedAt)} · ${session.sessionId}`),
            datasets: [
                {
                    type: 'bar', label: 'Topic shifts', yAxisID: 'shifts', order: 2,
                    data: ended.map(({ session }) => session.topicShifts),
                    backgroundColor: SHIFTS_COLOUR, maxBarThickness: 56,
                },
                {
                    type: 'line', label: 'On-topic share', yAxisID: 'share', order: 1,
                    data: ended.map(({ session }) => session.onAgreedTopicShare),
                    borderColor: SHARE_COLOUR, backgroundColor: SHARE_COLOUR, pointRadius: 4, spanGaps: true,
                },
            ],
        },
        options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
                shifts: { position: 'left', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Topic shifts' } },
                share: {
                    position: 'right', min: 0, max: 1, grid: { drawOnChartArea: false },
                    ticks: { callback: value => percent(value) }, title: { display: true, text: 'On-topic share' },
                },
                x: { ticks: { autoSkip: true, maxRotation: 0 } },
            },
            plugins: {
                legend: { position: 'bottom' },
                tooltip: {
                    callbacks: {
                        label: item => item.dataset.yAxisID === 'share'
                            ? `On-topic share: ${item.raw === null ? '—' : percent(item.raw)}`
                            : `Topic shifts: ${count(item.raw)}`,
                    },
                },
            },
        },
    }));
    return figure;
}
