// One raised flag: its sentence, since when, the sessions behind it (each a link to its timeline), and for those who
// may (supervisor, org-admin) acknowledging it with a note, undoing that, and saying whether it was useful.
import { ApiError, orgPath, send } from '../api.js';
import { h, idFor } from '../dom.js';
import { dateTime } from '../format.js';
import { refreshNow } from '../refresh.js';
import { viewHref } from './parts.js';

export const RULES = {
    SIDETRACKS_RISING: 'Sidetracks rising',
    OFF_AGREED_TOPIC: 'Off the agreed topic',
    PARKED_TOPIC_RETURNS: 'A parked topic returns',
    PREP_NOT_ON_TIME: 'Prep forms not on time',
    NO_PROGRESS: 'No progress',
    STALLED: 'Stalled',
    SILENT_DRIFT: 'Silent drift',
    CONTRACTING_GAPS: 'Contracting gaps',
    AGREEMENT_SLOWER: 'Slower to an agreement',
};

// Notes being typed, by flag, so that a reload of the list while someone types keeps what they typed.
const drafts = new Map();
// What the last change did, shown above the list (a flag acknowledged leaves the list, so it cannot say so itself).
let notice = '';

export function lastNotice() {
    return notice;
}

export function clearNotice() {
    notice = '';
}

export function flagItem(entry, flag, { canMark, org }) {
    const key = `${entry.subjectType}-${entry.subjectId}-${flag.rule}`;
    const path = orgPath(org, `/attention/${entry.subjectType}/${encodeURIComponent(entry.subjectId)}/${flag.rule}`);
    return h('li', { class: `flag${flag.acknowledgement ? ' acknowledged' : ''}`, 'data-rule': flag.rule },
        h('p', { class: 'rule-name' }, RULES[flag.rule] ?? flag.rule),
        h('p', { class: 'sentence' }, flag.sentence),
        h('p', { class: 'since muted' }, 'Raised after the session of ', h('time', { datetime: flag.since }, dateTime(flag.since))),
        evidence(flag, key),
        flag.acknowledgement ? acknowledged(flag, key, canMark, path) : null,
        canMark ? h('div', { class: 'flag-actions' },
            flag.acknowledgement ? null : acknowledgeForm(flag, key, path),
            feedback(flag, key, path)) : null,
        h('p', { class: 'flag-error', id: idFor(`flag-error-${key}`), role: 'alert' }));
}

function evidence(flag, key) {
    const headingId = idFor(`evidence-${key}`);
    return h('div', { class: 'evidence' },
        h('p', { class: 'evidence-heading', id: headingId }, flag.evidence.length === 1 ? 'The session behind it:' : 'The sessions behind it:'),
        h('ul', { 'aria-labelledby': headingId }, flag.evidence.map(item => h('li', {},
            h('a', { href: viewHref(`/sessions/${encodeURIComponent(item.sessionId)}`), 'data-session': item.sessionId },
                h('time', { datetime: item.sessionAt }, dateTime(item.sessionAt))),
            ` — ${item.fact}`))));
}

function acknowledged(flag, key, canMark, path) {
    const { note, by, at } = flag.acknowledgement;
    return h('div', { class: 'acknowledgement' },
        h('p', {}, h('strong', {}, 'Acknowledged'), ` by ${by} on `, h('time', { datetime: at }, dateTime(at)),
            note ? [': ', h('q', {}, note)] : '.'),
        canMark ? h('button', { type: 'button', class: 'secondary', id: idFor(`undo-${key}`),
            onclick: event => act(event.currentTarget, key, 'DELETE', `${path}/acknowledgement`, undefined,
                'Acknowledgement undone; the flag is back in the list.') }, 'Undo acknowledgement') : null);
}

function acknowledgeForm(flag, key, path) {
    const noteId = idFor(`note-${key}`);
    return h('details', { class: 'acknowledge', id: idFor(`acknowledge-${key}`) },
        h('summary', { id: idFor(`acknowledge-summary-${key}`) }, 'Acknowledge…'),
        h('form', { onsubmit: event => {
            event.preventDefault();
            const note = event.currentTarget.elements.namedItem('note').value.trim();
            act(event.submitter ?? event.currentTarget, key, 'PUT', `${path}/acknowledgement`, { note: note || null },
                `Acknowledged “${flag.sentence}”. It leaves the list until a newer session raises it again; `
                + '“Show acknowledged flags too” shows it.')
                .then(done => done && drafts.delete(key));
        } },
        h('label', { for: noteId }, 'Note (optional)'),
        h('textarea', { id: noteId, name: 'note', rows: '2', maxlength: '2000',
            oninput: event => drafts.set(key, event.target.value) }, drafts.get(key) ?? ''),
        h('button', { type: 'submit', id: idFor(`acknowledge-button-${key}`) }, 'Acknowledge')));
}

function feedback(flag, key, path) {
    const labelId = idFor(`feedback-label-${key}`);
    const chosen = flag.feedback ? flag.feedback.useful : null;
    const button = (useful, text) => h('button', {
        type: 'button', class: 'feedback-button', id: idFor(`feedback-${useful ? 'useful' : 'not-useful'}-${key}`),
        'aria-pressed': String(chosen === useful),
        onclick: event => act(event.currentTarget, key, 'PUT', `${path}/feedback`, { useful },
            `Thank you: marked ${useful ? 'useful' : 'not useful'}.`),
    }, text);
    return h('div', { class: 'feedback', role: 'group', 'aria-labelledby': labelId },
        h('span', { id: labelId }, 'Was this flag useful?'),
        button(true, 'Useful'),
        button(false, 'Not useful'),
        chosen === null ? null : h('span', { class: 'feedback-state' },
            `Marked ${chosen ? 'useful' : 'not useful'} by ${flag.feedback.by} on `,
            h('time', { datetime: flag.feedback.at }, dateTime(flag.feedback.at))));
}

// Sends the change, says so in the live region, then loads the list again; if the control is gone (the flag left
// the list), focus moves to the section's heading so a keyboard user is not dropped at the page's top.
async function act(control, key, method, path, body, said) {
    const error = document.getElementById(idFor(`flag-error-${key}`));
    control.disabled = true;
    try {
        await send(method, path, body);
    } catch (failure) {
        control.disabled = false;
        if (error) {
            error.textContent = failure instanceof ApiError ? failure.message : 'The change could not be sent.';
        }
        return false;
    }
    notice = said;
    document.getElementById('live-status').textContent = said;
    const controlId = control.id;
    await refreshNow();
    if (!document.getElementById(controlId) || document.activeElement === document.body) {
        document.getElementById(idFor('attention-heading'))?.setAttribute('tabindex', '-1');
        document.getElementById(idFor('attention-heading'))?.focus();
    }
    return true;
}
