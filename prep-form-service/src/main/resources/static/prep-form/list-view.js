// The client's forms: those to prepare (the next session first), those sent, and those the session began without.
import { h } from './dom.js';
import { badge, dueText, sessionTitle } from './form-parts.js';

const byDue = (direction) => (a, b) => {
    if (!a.dueBy || !b.dueBy) {
        return (a.dueBy ? -1 : 0) + (b.dueBy ? 1 : 0);
    }
    return direction * (new Date(a.dueBy) - new Date(b.dueBy));
};

function card(form) {
    return h(
        'li',
        {},
        h(
            'a',
            {
                class: `form-card status-${form.status.toLowerCase()}`,
                href: `#/forms/${encodeURIComponent(form.prepFormId)}`,
                'data-form-id': form.prepFormId,
                'data-session-id': form.sessionId,
            },
            h('span', { class: 'card-title' }, sessionTitle(form)),
            h('span', { class: 'card-due' }, dueText(form)),
            badge(form),
        ),
    );
}

function section(id, title, forms, empty) {
    return h(
        'section',
        { class: 'form-section', 'aria-labelledby': id, id: `section-${id}` },
        h('h2', { id }, title),
        forms.length === 0 ? h('p', { class: 'muted' }, empty) : h('ul', { class: 'form-list' }, forms.map(card)),
    );
}

export function listView(forms) {
    const toPrepare = forms
        .filter((form) => form.status === 'REQUESTED' || form.status === 'DRAFT')
        .sort(byDue(1));
    const sent = forms.filter((form) => form.status === 'SUBMITTED').sort(byDue(-1));
    const missed = forms.filter((form) => form.status === 'MISSED').sort(byDue(-1));
    return [
        h('h1', { tabindex: '-1' }, 'Prepare for your sessions'),
        h(
            'p',
            { class: 'lead' },
            'Before each session, five questions help you and your coach start where it matters. ',
            'Your answers are saved as you type; your coach sees them once you send the form.',
        ),
        section(
            'to-prepare',
            'To prepare',
            toPrepare,
            'Nothing to prepare now. When a session is scheduled with you, its form appears here.',
        ),
        missed.length > 0 ? section('missed', 'Not sent before the session', missed, '') : null,
        section('sent', 'Sent', sent, 'You have not sent a form yet.'),
    ];
}
