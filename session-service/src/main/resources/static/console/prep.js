// The client's prep form as the coach may see it: prep-form-service shows a coach the forms of their sessions once
// SUBMITTED (never drafts), so any other form is "not submitted" here.
import { get, peerPath } from './api.js';
import { h } from './dom.js';
import { when } from './forms.js';

/** Wendy's five questions (the article's comment), as the form asks them. */
export const QUESTIONS = [
    ['wins', 'What have I accomplished since our last session? My wins, big and little.'],
    ['notDone', 'What I intended to do but didn\'t'],
    ['learned', 'What have I learned about myself and others?'],
    ['challenges', 'What challenges and problems do I need to address?'],
    ['sessionIntent', 'I want to use this coaching session to…'],
];

/** The submitted forms of the coach's sessions by sessionId; null when prep-form-service cannot be asked. */
export async function submittedForms(orgId, query = '') {
    try {
        const forms = await get(peerPath('prep-forms', orgId, `/prep-forms?size=200${query}`));
        return new Map(forms.filter(form => form.sessionId).map(form => [form.sessionId, form]));
    } catch {
        return null;
    }
}

export function prepState(session, form, known = true) {
    if (!known) {
        return { state: 'UNKNOWN', text: 'prep form not known right now' };
    }
    if (form?.status === 'SUBMITTED') {
        return form.late ? { state: 'SUBMITTED', late: true, text: 'submitted late' } : { state: 'SUBMITTED', late: false, text: 'submitted on time' };
    }
    return { state: 'NOT_SUBMITTED', text: session.status === 'SCHEDULED' ? 'not submitted yet' : 'no form submitted' };
}

export function prepBadge(session, form, known = true) {
    const prep = prepState(session, form, known);
    return h('span', {
        class: `prep prep-${prep.state.toLowerCase()}${prep.late ? ' prep-late' : ''}`,
        'data-prep-form-state': prep.state,
        'data-prep-form-late': prep.state === 'SUBMITTED' ? String(prep.late) : null,
    }, h('span', { class: 'visually-hidden' }, 'Prep form: '), prep.text);
}

/** The five answers, or why there are none. */
export function prepFormView(session, form, known) {
    const badge = prepBadge(session, form, known);
    if (!form || form.status !== 'SUBMITTED') {
        return h('div', { class: 'prep-form', id: 'prep-form' },
            h('p', {}, 'Prep form: ', badge),
            h('p', { class: 'muted' }, known
                ? 'The client\'s answers show here once they submit the form.'
                : 'The prep-form service cannot be reached just now; reload to try again.'));
    }
    return h('div', { class: 'prep-form', id: 'prep-form' },
        h('p', {}, 'Prep form: ', badge, ` — submitted ${when(form.submittedAt)}, due ${when(form.dueBy)}`),
        h('dl', { class: 'answers' }, QUESTIONS.map(([key, question]) => [
            h('dt', {}, question),
            h('dd', { 'data-answer': key }, form.answers?.[key]?.trim() ? form.answers[key] : h('span', { class: 'muted' }, '(no answer)')),
        ])));
}
