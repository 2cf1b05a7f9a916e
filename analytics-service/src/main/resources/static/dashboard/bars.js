// Bars drawn with CSS alone: each part's flex-grow is the API's count or minutes, so the browser does
// the proportions and the page shows only the numbers it was given. Every bar has its numbers in text.
import { h } from './dom.js';
import { count, label, minutes, time, SEGMENTS } from './format.js';

function kindClass(kind) {
    return 'kind-' + kind.toLowerCase().replaceAll('_', '-');
}

/** Counts by key (re-contract outcomes, progress) as one stacked bar and a legend with the counts. */
export function mixBar(answer, pointer, labels, { title, empty }) {
    const counts = answer.at(pointer) ?? {};
    const keys = [...Object.keys(labels).filter(key => key in counts), ...Object.keys(counts).filter(key => !(key in labels))];
    const anything = keys.some(key => counts[key] > 0);
    return h('figure', { class: 'mix' },
        h('figcaption', {}, title),
        anything
            ? h('div', { class: 'mix-bar', 'aria-hidden': 'true' },
                keys.filter(key => counts[key] > 0).map(key =>
                    h('span', { class: `mix-part ${kindClass(key)}`, style: { flexGrow: String(counts[key]) } })))
            : h('p', { class: 'muted' }, empty),
        h('ul', { class: 'legend' }, keys.map(key =>
            h('li', {}, h('span', { class: `swatch ${kindClass(key)}`, 'aria-hidden': 'true' }),
                label(labels, key), ': ', answer.figure(`${pointer}/${key}`, count)))));
}

/** A session's segments from the agreement to its end, with a list of them as the text alternative. */
export function timelineBar(answer, detailsId) {
    const timeline = answer.json;
    if (timeline.segments.length === 0) {
        return h('p', { class: 'muted' }, timeline.agreement ? 'No time on record after the agreement' : 'No agreement, so no segments');
    }
    const summary = `${SEGMENTS.ON_AGREED_TOPIC} ${minutes(timeline.onAgreedTopicMinutes)}, `
        + `${SEGMENTS.CONNECTED_CONTEXT.toLowerCase()} ${minutes(timeline.connectedContextMinutes)}, `
        + `${SEGMENTS.OFF_TOPIC.toLowerCase()} ${minutes(timeline.offTopicMinutes)}`;
    return h('div', { class: 'timeline' },
        h('div', { class: 'timeline-bar', role: 'img', 'aria-label': `Timeline of ${timeline.sessionId}: ${summary}` },
            timeline.segments.map(segment => h('span', {
                class: `segment ${kindClass(segment.kind)}`,
                style: { flexGrow: String(segment.minutes) },
                title: `${label(SEGMENTS, segment.kind)} ${time(segment.from)}–${time(segment.to)}`
                    + `${segment.topic ? ` (${segment.topic})` : ''}, ${minutes(segment.minutes)}`,
            }))),
        h('details', { id: detailsId, class: 'segments' },
            h('summary', { id: `${detailsId}-summary` }, 'Segments'),
            h('ol', {}, timeline.segments.map((segment, index) => h('li', {},
                h('span', { class: `swatch ${kindClass(segment.kind)}`, 'aria-hidden': 'true' }),
                `${label(SEGMENTS, segment.kind)}, `,
                h('time', { datetime: segment.from }, time(segment.from)), '–', h('time', { datetime: segment.to }, time(segment.to)),
                segment.topic ? ` (${segment.topic})` : '', ': ',
                answer.figure(`/segments/${index}/minutes`, minutes))))));
}

/** One legend for all timelines on a page. */
export function segmentLegend() {
    return h('ul', { class: 'legend segment-legend', 'aria-label': 'Timeline colours' },
        Object.entries(SEGMENTS).map(([kind, text]) =>
            h('li', {}, h('span', { class: `swatch ${kindClass(kind)}`, 'aria-hidden': 'true' }), text)));
}

/** Figures side by side with a bar each, scaled to the largest; the numbers are the API's, the bars only draw them. */
export function comparisonBars(answer, items) {
    const values = items.map(item => answer.at(item.pointer)).filter(value => value !== null);
    const largest = Math.max(0, ...values);
    return h('dl', { class: 'comparison' }, items.map(item => {
        const value = answer.at(item.pointer);
        return h('div', { class: 'comparison-row' },
            h('dt', {}, item.label),
            h('dd', {},
                h('span', { class: 'comparison-track', 'aria-hidden': 'true' },
                    h('span', { class: `comparison-fill ${item.kind ?? ''}`,
                        style: { width: value === null || largest === 0 ? '0' : `${(value / largest) * 100}%` } })),
                answer.figure(item.pointer, item.format)));
    }));
}
