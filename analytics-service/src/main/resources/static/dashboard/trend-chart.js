// A trend over periods as a Chart.js chart with a table of the same figures beside it. Empty periods are the
// API's null: a gap in the chart (spanGaps false) and "—" in the table, never 0. Under each period the chart
// names how many sessions ended in it; a point whose sessions were logged after the period closed (revisedAt)
// is drawn as a triangle and marked "revised" in the table. Each period in the table is a button listing its
// sessions, as clicking the chart's point does.
import { h, idFor } from './dom.js';
import { count, dateTime } from './format.js';

const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];

function sessionsLabel(point) {
    return `${count(point.sessionsEnded)} ended`;
}

/**
 * answer: the trends answer; key: unique per chart; title; series: [{ label, pointer(index) → JSON pointer, format,
 * type ('bar'|'line'), axis ('ratio'|'count'), dashed }]; onPick(point): list the period's sessions.
 */
export function trendChart(answer, { key, title, caption, series, onPick, picked }) {
    const points = answer.json.points;
    const tableId = idFor(`${key}-table`);
    const canvas = h('canvas', {
        role: 'img',
        'aria-label': `Chart: ${title}, per ${answer.json.period}, oldest first; empty periods are gaps. `
            + 'The same figures are in the table beside the chart.',
    });
    const table = h('table', { class: 'data-table compact trend-table', id: tableId },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Period'),
            h('th', { scope: 'col', class: 'numeric' }, 'Ended'),
            series.map(item => h('th', { scope: 'col', class: 'numeric' }, item.label)))),
        h('tbody', {}, points.map((point, index) => h('tr', {
            'data-period': point.period,
            class: [point.period === picked ? 'picked' : null, point.revisedAt ? 'revised' : null].filter(Boolean).join(' ') || null,
        },
        h('th', { scope: 'row' },
            h('button', {
                type: 'button',
                class: 'link-button',
                id: idFor(`${key}-pick-${point.period}`),
                'aria-pressed': point.period === picked ? 'true' : 'false',
                title: `List the sessions of ${point.period}`,
                onclick: () => onPick(point),
            }, point.period),
            point.partial ? h('span', { class: 'tag' }, ' so far') : null,
            point.revisedAt ? h('span', { class: 'tag revised-tag', title: `Sessions logged late, last on ${dateTime(point.revisedAt)}` },
                ' revised') : null),
        h('td', { class: 'numeric' }, answer.figure(`/points/${index}/sessionsEnded`, count)),
        series.map(item => h('td', { class: 'numeric' }, answer.figure(item.pointer(index), item.format)))))));
    const figure = h('figure', { class: 'chart trend-chart', 'data-chart': key },
        h('figcaption', {}, title),
        h('div', { class: 'trend-layout' },
            h('div', { class: 'chart-box' }, canvas),
            h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': `${tableId}-caption`, tabindex: '0' }, table)));
    table.querySelector('caption').id = `${tableId}-caption`;
    if (!window.Chart) {
        figure.querySelector('.chart-box').replaceChildren(h('p', { class: 'muted' }, 'The chart library did not load; the figures are in the table.'));
        return figure;
    }
    queueMicrotask(() => draw(canvas, answer, series, onPick));
    return figure;
}

function draw(canvas, answer, series, onPick) {
    const points = answer.json.points;
    const ratio = series.some(item => item.axis === 'ratio');
    const countAxis = series.some(item => item.axis !== 'ratio');
    const chart = new window.Chart(canvas, {
        type: 'line',
        data: {
            labels: points.map(point => [point.period, sessionsLabel(point)]),
            datasets: series.map((item, seriesIndex) => {
                const colour = COLOURS[seriesIndex % COLOURS.length];
                return {
                    type: item.type ?? 'line',
                    label: item.label,
                    yAxisID: item.axis === 'ratio' ? 'ratio' : 'count',
                    data: points.map((point, index) => answer.at(item.pointer(index))),
                    borderColor: colour,
                    backgroundColor: colour,
                    borderDash: item.dashed ? [6, 4] : [],
                    spanGaps: false,
                    clip: 8, // points at 0 % and 100 % drawn whole
                    maxBarThickness: 40,
                    order: item.type === 'bar' ? 2 : 1,
                    pointStyle: points.map(point => (point.revisedAt ? 'triangle' : 'circle')),
                    pointRadius: points.map(point => (point.revisedAt ? 7 : 4)),
                };
            }),
        },
        options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            onClick: (event, elements) => {
                const index = elements[0]?.index ?? chart.scales.x.getValueForPixel(event.x);
                if (index !== undefined && index >= 0 && index < points.length) {
                    onPick(points[index]);
                }
            },
            scales: scales(ratio, countAxis),
            plugins: {
                legend: { position: 'bottom' },
                tooltip: {
                    callbacks: {
                        label: item => {
                            const format = series[item.datasetIndex].format;
                            return `${item.dataset.label}: ${item.raw === null ? 'nothing to count' : format(item.raw)}`;
                        },
                        footer: items => (points[items[0]?.dataIndex]?.revisedAt
                            ? `Revised ${dateTime(points[items[0].dataIndex].revisedAt)}: sessions logged late` : ''),
                    },
                },
            },
        },
    });
}

function scales(ratio, countAxis) {
    const axes = { x: { ticks: { autoSkip: true, maxRotation: 0 } } };
    if (ratio) {
        axes.ratio = { position: 'left', min: 0, max: 1, ticks: { callback: value => `${Math.round(value * 100)} %` } };
    }
    if (countAxis) {
        axes.count = { position: ratio ? 'right' : 'left', beginAtZero: true, grace: '10%', grid: { drawOnChartArea: !ratio } };
    }
    return axes;
}
