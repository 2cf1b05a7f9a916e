// "Needs attention": the people with raised flags (GET /attention), each flag one sentence with the sessions that
// make it true, filtered by coach and rule, unacknowledged ones unless asked for all. The API decides who may see
// whom; where the caller may not read the list at all (403), the section is left out rather than shown broken.
import { ApiError, get, orgPath } from '../api.js';
import { h, idFor } from '../dom.js';
import { refreshNow } from '../refresh.js';
import { clearNotice, flagItem, lastNotice, RULES } from './attention-flag.js';
import { section, viewHref } from './parts.js';

// The filters as chosen on this page; they outlive the periodic reloads (and a visit to a session and back).
const filters = { coachId: '', rule: '', acknowledged: 'false' };

export function attentionPath(org) {
    const query = new URLSearchParams({ acknowledged: filters.acknowledged });
    if (filters.coachId) {
        query.set('coachId', filters.coachId);
    }
    if (filters.rule) {
        query.set('rule', filters.rule);
    }
    return orgPath(org, `/attention?${query}`);
}

/** The list as the filters ask for it; null where the caller's role has no attention entries. */
export async function load(route, signal) {
    try {
        return await get(attentionPath(route.org), signal);
    } catch (error) {
        if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
            return null;
        }
        throw error;
    }
}

/** The section; coachIds: the coaches to filter by; canMark: whether the reader may acknowledge and give feedback. */
export function render(attention, { org, coachIds, canMark }) {
    if (!attention) {
        return null;
    }
    const entries = attention.json;
    return section('attention', 'Needs attention',
        h('p', { class: 'lead' }, 'Each flag is one sentence with the sessions that make it true; no score, no ranking.'),
        filterBar(coachIds),
        lastNotice() ? h('p', { class: 'attention-notice', id: 'attention-notice' }, lastNotice()) : null,
        entries.length === 0
            ? h('p', { class: 'attention-empty', id: 'attention-empty' }, emptySentence())
            : h('ul', { class: 'attention-list', 'aria-label': `${entries.length} ${entries.length === 1 ? 'person' : 'people'} needing attention` },
                entries.map(entry => personItem(entry, { canMark, org }))));
}

function emptySentence() {
    if (filters.coachId || filters.rule) {
        return 'No raised flag matches these filters.';
    }
    return filters.acknowledged === 'false'
        ? 'No one needs attention: every raised flag has been acknowledged, or none is raised.'
        : 'No one needs attention: no flag is raised for anyone in the organisation.';
}

function filterBar(coachIds) {
    const changed = (key, value) => {
        filters[key] = value;
        clearNotice();
        refreshNow();
    };
    return h('form', { class: 'attention-filters', 'aria-label': 'Filter the flags', onsubmit: event => event.preventDefault() },
        coachIds.length === 0 ? null : h('div', { class: 'field' },
            h('label', { for: 'attention-coach' }, 'Coach'),
            h('select', { id: 'attention-coach', onchange: event => changed('coachId', event.target.value) },
                option('', 'All coaches', filters.coachId),
                [...new Set([...coachIds, filters.coachId].filter(Boolean))].sort()
                    .map(coachId => option(coachId, coachId, filters.coachId)))),
        h('div', { class: 'field' },
            h('label', { for: 'attention-rule' }, 'Rule'),
            h('select', { id: 'attention-rule', onchange: event => changed('rule', event.target.value) },
                option('', 'All rules', filters.rule),
                Object.entries(RULES).map(([rule, text]) => option(rule, text, filters.rule)))),
        h('div', { class: 'field check' },
            h('input', { type: 'checkbox', id: 'attention-acknowledged', checked: filters.acknowledged === 'any',
                onchange: event => changed('acknowledged', event.target.checked ? 'any' : 'false') }),
            h('label', { for: 'attention-acknowledged' }, 'Show acknowledged flags too')));
}

function option(value, text, selected) {
    return h('option', { value, selected: value === selected }, text);
}

function personItem(entry, marking) {
    const client = entry.subjectType === 'client';
    const path = `/${client ? 'clients' : 'coaches'}/${encodeURIComponent(entry.subjectId)}`;
    const headingId = idFor(`attention-${entry.subjectType}-${entry.subjectId}`);
    return h('li', { class: 'attention-person', 'data-subject': `${entry.subjectType}/${entry.subjectId}` },
        h('h3', { id: headingId },
            h('span', { class: 'subject-type' }, client ? 'Client ' : 'Coach '),
            h('a', { href: viewHref(path), id: idFor(`attention-link-${entry.subjectType}-${entry.subjectId}`) }, entry.subjectId)),
        client && entry.coachIds.length > 0
            ? h('p', { class: 'muted coaches' }, `${entry.coachIds.length === 1 ? 'Coach' : 'Coaches'}: ${entry.coachIds.join(', ')}`)
            : null,
        h('ul', { class: 'flags', 'aria-labelledby': headingId }, entry.flags.map(flag => flagItem(entry, flag, marking))));
}
