// A sent form, read only: when it went to the coach, on time or late, and the five answers as sent.
import { h } from './dom.js';
import { when } from './format.js';
import { backLink, badge, heading } from './form-parts.js';
import { QUESTIONS } from './questions.js';

export function sentView(form, { justSent = false } = {}) {
    const outcome = form.late
        ? 'It was sent after the session had started, so your coach sees it marked late.'
        : 'It was sent before the session started: on time.';
    return h(
        'article',
        { class: 'prep-form sent', 'data-form-id': form.prepFormId },
        backLink(),
        heading(form, 'Your preparation'),
        h(
            'p',
            { class: `outcome ${form.late ? 'outcome-late' : 'outcome-on-time'}`, id: 'outcome' },
            badge(form),
            ' ',
            justSent ? 'Sent to your coach' : 'Sent',
            form.submittedAt ? [' on ', h('time', { datetime: form.submittedAt }, when(form.submittedAt))] : null,
            '. ',
            outcome,
        ),
        h(
            'dl',
            { class: 'answers' },
            QUESTIONS.map(({ key, prompt }) => [
                h('dt', {}, prompt),
                form.answers?.[key]
                    ? h('dd', { 'data-answer': key }, form.answers[key])
                    : h('dd', { 'data-answer': key, class: 'no-answer' }, 'No answer'),
            ]),
        ),
        h('p', { class: 'muted' }, 'A sent form is final: its answers can no longer change.'),
    );
}
