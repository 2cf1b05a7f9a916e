// Pieces every view is made of.
import { h, idFor } from '../dom.js';

/** A link to another view of the same organisation; only the fragment changes, so the page does not reload. */
export function viewHref(org, view) {
    return `?org=${encodeURIComponent(org)}#${view}`;
}

export function clientLink(org, clientId) {
    return h('a', { href: viewHref(org, `/clients/${encodeURIComponent(clientId)}`), id: idFor(`client-link-${clientId}`) }, clientId);
}

export function coachLink(org, coachId, key = '') {
    return coachId
        ? h('a', { href: viewHref(org, `/coaches/${encodeURIComponent(coachId)}`), id: idFor(`coach-link-${coachId}${key}`) }, coachId)
        : '—';
}

export function pageHeading(text, ...after) {
    return h('header', { class: 'page-heading' }, h('h1', { id: 'page-title', tabindex: '-1' }, text), ...after);
}

export function section(key, title, ...content) {
    const headingId = idFor(`${key}-heading`);
    return h('section', { class: `panel ${key}`, 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), ...content);
}

/** Headline figures as a description list: label, figure (with its unit in small print), and what it means. */
export function figureGrid(answer, items) {
    return h('dl', { class: 'figure-grid' }, items.map(item =>
        h('div', { class: 'figure-card' },
            h('dt', {}, item.label),
            h('dd', {}, answer.figure(item.pointer, item.format), item.unit ? h('span', { class: 'unit' }, ` ${item.unit}`) : null),
            item.hint ? h('dd', { class: 'hint' }, item.hint) : null)));
}
