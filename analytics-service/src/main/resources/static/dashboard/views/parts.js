// Pieces every view is made of.
import { h, idFor } from '../dom.js';

/** A link to another view; only the fragment changes, so the page does not reload. The organisation is the person's. */
export function viewHref(view) {
    return `#${view}`;
}

export function clientLink(clientId) {
    return h('a', { href: viewHref(`/clients/${encodeURIComponent(clientId)}`), id: idFor(`client-link-${clientId}`) }, clientId);
}

/** A coach's id, as a link to the coach's page where the reader may open it. */
export function coachLink(coachId, { key = '', linked = true } = {}) {
    if (!coachId) {
        return '—';
    }
    return linked
        ? h('a', { href: viewHref(`/coaches/${encodeURIComponent(coachId)}`), id: idFor(`coach-link-${coachId}${key}`) }, coachId)
        : h('span', { class: 'coach-id' }, coachId);
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
