// What the list and a form say about a form: its session's time, when it is due, where it stands.
import { h } from './dom.js';
import { fromNow, timeElement, when } from './format.js';

export const BACK_LINK_TEXT = 'All your forms';

/** "Session on Tue 8 Dec, 10:00", the time machine-readable; a form for no session says so. */
export function sessionTitle(form, prefix = 'Session on ') {
    if (!form.dueBy) {
        return h('span', {}, form.sessionId ? 'Session not scheduled yet' : 'Preparation without a session');
    }
    return h('span', {}, prefix, timeElement(h, form.dueBy));
}

/** The status as a person reads it, with a class for its badge. */
export function standing(form) {
    switch (form.status) {
        case 'SUBMITTED':
            return form.late
                ? { text: 'Sent late', badge: 'late' }
                : { text: 'Sent on time', badge: 'sent' };
        case 'MISSED':
            return { text: 'Not sent before the session', badge: 'missed' };
        case 'DRAFT':
            return { text: 'Draft saved', badge: 'draft' };
        default:
            return { text: 'Not started', badge: 'new' };
    }
}

export function badge(form) {
    const { text, badge: kind } = standing(form);
    return h('span', { class: `badge badge-${kind}`, 'data-status': form.status }, text);
}

/** When it is due: before the session starts, which is the scheduled start (dueBy). */
export function dueText(form, now = Date.now()) {
    if (!form.dueBy) {
        return 'No due time yet';
    }
    const due = new Date(form.dueBy).getTime();
    if (form.status === 'SUBMITTED') {
        return form.submittedAt ? `Sent ${when(form.submittedAt)}` : 'Sent';
    }
    if (due > now) {
        return `Due before the session starts, ${fromNow(form.dueBy, now)}`;
    }
    return `The session started ${fromNow(form.dueBy, now)}: you can still send it, marked late`;
}

/** The form's heading: "{lead} for the session on Tue 8 Dec, 10:00", or only the lead for a form without a date. */
export function heading(form, lead) {
    return h(
        'h1',
        { tabindex: '-1' },
        lead,
        form.dueBy ? [' for the session on ', timeElement(h, form.dueBy)] : null,
    );
}

export function backLink() {
    return h('p', { class: 'back' }, h('a', { href: '#/', 'data-back': true }, '← ', BACK_LINK_TEXT));
}

export function isEditable(form) {
    return form.status !== 'SUBMITTED';
}
