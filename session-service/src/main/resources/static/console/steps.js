// The steps of a session as forms, with the article's and the PCC markers' questions as prompts. Live, each step is
// recorded now; logging afterwards, each gets its time (HH:MM on the session's date), sent as `at`.
import { orgPath, post } from './api.js';
import { h, idPart } from './dom.js';
import * as drafts from './drafts.js';
import { choices, clearErrors, field, formError, instantOf, showError, showProblem } from './forms.js';

/**
 * One step's form. {@code body(values, submitter)} makes the request body; after the API accepted it, the draft is
 * forgotten and the session shown again, focus on {@code next}.
 */
export function stepForm(context, { id, title, intro, controls, names, submit, path, body, done, next, className }) {
    const timeField = context.mode === 'log'
        ? field(id, { name: 'at', label: 'Time it happened', prompt: 'Hours and minutes on the session\'s date, such as 10:03.', kind: 'time', required: true })
        : null;
    const form = h('form', { id, class: `card step ${className ?? ''}`, novalidate: true, 'aria-labelledby': `${id}-heading` },
        h(context.headingLevel ?? 'h3', { id: `${id}-heading` }, title),
        intro ? h('p', { class: 'intro' }, intro) : null,
        controls,
        timeField,
        formError(id),
        submit);
    const key = `${context.session.sessionId}:${id}`;
    drafts.keep(form, key);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors(form);
        const values = drafts.valuesOf(form);
        let request;
        try {
            request = body(values, event.submitter);
        } catch (refusal) {
            showError(form, refusal.field ?? null, refusal.message);
            return;
        }
        if (context.mode === 'log') {
            try {
                request.at = instantOf(context.logDate(), values.at);
            } catch (error) {
                showError(form, 'at', error.message);
                return;
            }
            if (!request.at) {
                showError(form, 'at', 'Give the time this happened, such as 10:03: you are logging the session afterwards.');
                return;
            }
        }
        const buttons = [...form.querySelectorAll('button')];
        buttons.forEach(button => { button.disabled = true; });
        try {
            const answer = await post(orgPath(context.person.orgId, `/sessions/${encodeURIComponent(context.session.sessionId)}${path}`), request);
            drafts.forget(key);
            await context.reload(typeof done === 'function' ? done(answer, request) : done, typeof next === 'function' ? next(answer) : next);
        } catch (error) {
            buttons.forEach(button => { button.disabled = false; });
            showProblem(form, error, [...names, 'at']);
        }
    });
    return form;
}

/** A refusal of the page's own, before anything is sent: shown at its field like the API's. */
function refuse(fieldName, message) {
    return Object.assign(new Error(message), { field: fieldName });
}

function text(value) {
    return value && value.trim() ? value.trim() : undefined;
}

export function startForm(context) {
    return stepForm(context, {
        id: 'start', title: 'Start the session', names: [],
        intro: context.mode === 'live' ? 'The clock starts when you press Start.' : 'When did the session begin?',
        submit: h('button', { type: 'submit', id: 'start-submit', class: 'primary big' }, 'Start'),
        path: '/start', body: () => ({}), done: 'Session started.', next: 'checkin-readiness-READY',
    });
}

export function checkInForm(context) {
    const id = 'checkin';
    return stepForm(context, {
        id, title: 'Check-in', names: ['readiness', 'note'],
        intro: '“How ARE you?” — and, before you go ahead: “Is there anything you want to discuss, or has anything happened?”',
        controls: [
            choices(id, { name: 'readiness', legend: 'How present is the client?', required: true, options: [
                ['READY', 'Ready', '— present and able to go ahead with the intended conversation'],
                ['DISTRACTED', 'Distracted', '— something is on their mind'],
                ['NEEDS_TO_OFFLOAD', 'Needs to offload', '— they need to get something off their chest first'],
            ] }),
            field(id, { name: 'note', label: 'Note', kind: 'textarea', prompt: 'What they said, in a few words (optional).' }),
        ],
        submit: h('button', { type: 'submit', id: `${id}-submit`, class: 'primary' }, 'Record check-in'),
        path: '/check-in',
        body: values => {
            if (!values.readiness) {
                throw refuse('readiness', 'Choose how present the client is: ready, distracted, or needs to offload.');
            }
            return { readiness: values.readiness, note: text(values.note) };
        },
        done: 'Check-in recorded.', next: 'agreement-topic',
    });
}

export function agreementForm(context) {
    const id = 'agreement';
    return stepForm(context, {
        id, title: 'Agreement', names: ['topic', 'successMeasure', 'importance', 'toAddress'],
        intro: 'Contract up front: agree on the goal of the conversation (PCC 3.1–3.4).',
        controls: [
            field(id, { name: 'topic', label: 'Topic', required: true, prompt: '3.1 — What do you want to accomplish in this session?' }),
            field(id, { name: 'successMeasure', label: 'How success is measured', kind: 'textarea', prompt: '3.2 — How will you know you got what you came for? What would success look like at the end?' }),
            field(id, { name: 'importance', label: 'Why it matters now', kind: 'textarea', prompt: '3.3 — What is important or meaningful to you about this, now?' }),
            field(id, { name: 'toAddress', label: 'What needs addressing', kind: 'textarea', prompt: '3.4 — What do you need to address to get what you want from this session?' }),
        ],
        submit: h('button', { type: 'submit', id: `${id}-submit`, class: 'primary' }, 'Record agreement'),
        path: '/agreement',
        body: values => {
            if (!text(values.topic)) {
                throw refuse('topic', 'Name the topic the client wants to work on: it is what the session is contracted on.');
            }
            return { topic: text(values.topic), successMeasure: text(values.successMeasure), importance: text(values.importance), toAddress: text(values.toAddress) };
        },
        done: 'Agreement recorded: the time on the agreed topic counts from now.', next: 'shift-topic',
    });
}

/** The one large control: a shift is recorded in one step (its new topic and who noticed it). */
export function topicShiftForm(context) {
    const id = 'shift';
    return stepForm(context, {
        id, title: 'Topic shift', names: ['topic', 'noticedBy'], className: 'shift-control',
        intro: 'When the conversation leaves the agreed topic: name the new topic and press Topic shift.',
        controls: [
            field(id, { name: 'topic', label: 'New topic', required: true, prompt: 'What is the client talking about now?' }),
            choices(id, { name: 'noticedBy', legend: 'Noticed by', value: 'COACH', options: [['COACH', 'Coach'], ['CLIENT', 'Client']] }),
        ],
        submit: h('button', { type: 'submit', id: `${id}-submit`, class: 'shift-button' }, 'Topic shift'),
        path: '/topic-shifts',
        body: values => {
            if (!text(values.topic)) {
                throw refuse('topic', 'Name the new topic in a few words, such as “the boss”.');
            }
            return { topic: text(values.topic), noticedBy: values.noticedBy || 'COACH' };
        },
        done: (answer, request) => `Topic shift to “${request.topic}” recorded; it is open until you re-contract.`,
        next: answer => `recontract-${idPart(answer.shiftId)}-CONNECTED_TO_AGREED`,
    });
}

/** An open shift and the article's three ways to re-contract, as the questions to ask. */
export function reContractForm(context, shift, agreedTopic) {
    const id = `recontract-${idPart(shift.shiftId)}`;
    const outcome = (value, question, answer) => h('div', { class: 'outcome' },
        h('p', { class: 'question', id: `${id}-${value}-question` }, question),
        h('button', { type: 'submit', name: 'outcome', value, id: `${id}-${value}`, class: 'outcome-button', 'aria-describedby': `${id}-${value}-question` }, answer));
    const form = stepForm(context, {
        id, title: `Open shift: ${shift.topic}`, names: ['outcome', 'note'], className: 'open-shift',
        intro: `Since ${new Date(shift.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}, noticed by the ${shift.noticedBy === 'CLIENT' ? 'client' : 'coach'}. Call attention to it and ask:`,
        controls: [
            h('div', { class: 'outcomes' },
                outcome('CONNECTED_TO_AGREED', `“How does this connect to ${agreedTopic ? `“${agreedTopic}”` : 'the agreed topic'}?”`, 'It is connected — carry on'),
                outcome('ADOPT_NEW_TOPIC', '“Would you rather talk about this instead?”', 'Talk about this instead'),
                outcome('RETURN_TO_AGREED', '“…or shall we go back to the agreed topic?”', 'Back to the agreed topic')),
            field(id, { name: 'note', label: 'Note', prompt: 'What the client said (optional).' }),
        ],
        path: `/topic-shifts/${encodeURIComponent(shift.shiftId)}/re-contract`,
        body: (values, submitter) => {
            if (!submitter?.value) {
                throw refuse(null, 'Choose one of the three answers above.');
            }
            return { outcome: submitter.value, note: text(values.note) };
        },
        done: (answer, request) => ({
            CONNECTED_TO_AGREED: 'Re-contracted: connected to the agreed topic.',
            ADOPT_NEW_TOPIC: `Re-contracted: “${shift.topic}” is the agreed topic from now.`,
            RETURN_TO_AGREED: 'Re-contracted: back to the agreed topic.',
        })[request.outcome],
        next: 'shift-topic',
    });
    // Enter in the note must not pick the first answer for the coach: the answer is always a choice.
    form.addEventListener('keydown', event => {
        if (event.key === 'Enter' && event.target.matches('input[type=text]')) {
            event.preventDefault();
        }
    });
    form.dataset.shift = shift.shiftId;
    return form;
}

export function pieceForm(context) {
    const id = 'piece';
    return stepForm(context, {
        id, title: 'Piece completed', names: ['summary', 'nextStep'],
        intro: 'When a piece of the conversation seems complete: summarise it, and decide together what to do next.',
        controls: [
            field(id, { name: 'summary', label: 'Summary', kind: 'textarea', prompt: '“May I summarise my understanding of it all?” — and did the client confirm it?' }),
            field(id, { name: 'nextStep', label: 'Next step', kind: 'textarea', prompt: '“What would you like to do next?”' }),
        ],
        submit: h('button', { type: 'submit', id: `${id}-submit`, class: 'primary' }, 'Record piece'),
        path: '/pieces',
        body: values => ({ summary: text(values.summary), nextStep: text(values.nextStep) }),
        done: 'Piece recorded.', next: 'shift-topic',
    });
}

export function endForm(context) {
    const id = 'end';
    return stepForm(context, {
        id, title: 'End the session', names: ['progress', 'clientFeedback'],
        intro: 'Close with a progress check (PCC 8.1).',
        controls: [
            choices(id, { name: 'progress', legend: 'Progress', required: true, prompt: '“How far did you get with what you wanted from this session?”', options: [
                ['ACHIEVED', 'Achieved'], ['PARTLY', 'Partly'], ['NOT_ACHIEVED', 'Not achieved'],
            ] }),
            field(id, { name: 'clientFeedback', label: 'Client feedback', kind: 'textarea', prompt: '“What was useful for you today?” (optional)' }),
        ],
        submit: h('button', { type: 'submit', id: `${id}-submit`, class: 'primary' }, 'End session'),
        path: '/end',
        body: values => {
            if (!values.progress) {
                throw refuse('progress', 'Choose how far the client got: achieved, partly or not achieved.');
            }
            return { progress: values.progress, clientFeedback: text(values.clientFeedback) };
        },
        done: 'Session ended.', next: 'page-heading',
    });
}
