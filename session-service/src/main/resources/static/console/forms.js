// Labelled controls with their prompt and an error slot tied to them (aria-describedby), and the words for every
// answer the API refuses: a field error next to its field, a broken rule (409) next to the step it stopped.
import { h } from './dom.js';
import { Problem, SignedOut } from './api.js';

/** Why the session refused a step, in the coach's words; keyed by the 409's rule. */
const RULE_WORDS = {
    START_ONCE_FROM_SCHEDULED: 'This session has already been started (a session starts once).',
    ONLY_WHILE_IN_PROGRESS: 'This step can only be recorded while the session is running: start it first.',
    CANCEL_ONLY_BEFORE_END: 'An ended session cannot be cancelled.',
    NOTHING_AFTER_END_OR_CANCEL: 'The session has ended or was cancelled: nothing more can be recorded for it.',
    ONE_AGREEMENT_PER_SESSION: 'The session already has its agreement. To change the topic, record a topic shift and re-contract.',
    SHIFT_NEEDS_AGREEMENT: 'A topic shift needs an agreement first: agree on the topic of the session.',
    SHIFT_ID_UNIQUE_IN_SESSION: 'That topic shift has been recorded already.',
    RE_CONTRACT_NEEDS_OPEN_SHIFT: 'This shift has been re-contracted already (or is not open any more).',
    SESSION_ID_UNIQUE_IN_ORGANISATION: 'A session with this id exists already with other details.',
    NOT_BEFORE_PREVIOUS_EVENT: 'This time is earlier than the step recorded before it. Give a time at or after the previous step.',
};

/**
 * A labelled control: text, textarea, time (HH:MM), date (YYYY-MM-DD) or number. {@code prompt} is the question to
 * ask the client, shown under the label; the error slot is empty until the API or a check refuses the value.
 */
export function field(formId, { name, label, prompt, kind = 'text', required = false, value, options }) {
    const id = `${formId}-${name}`;
    const hintId = prompt ? `${id}-hint` : null;
    const errorId = `${id}-error`;
    const common = {
        id, name, required: required || null,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
        'data-field': name,
    };
    let control;
    if (kind === 'textarea') {
        control = h('textarea', { ...common, rows: 3, maxlength: 2000 });
    } else if (kind === 'time') {
        control = h('input', { ...common, type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: 'hh:mm', pattern: '[0-2]?[0-9]:[0-5][0-9]', size: 6, class: 'time' });
    } else if (kind === 'date') {
        control = h('input', { ...common, type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: 'YYYY-MM-DD', pattern: '[0-9]{4}-[0-9]{2}-[0-9]{2}', size: 11 });
    } else if (kind === 'number') {
        control = h('input', { ...common, type: 'number', inputmode: 'numeric', min: 1, max: 480, size: 5 });
    } else {
        control = h('input', { ...common, type: 'text', autocomplete: 'off', maxlength: 2000, list: options ?? null });
    }
    if (value !== undefined && value !== null) {
        control.value = value;
    }
    return h('div', { class: `field field-${kind}` },
        h('label', { for: id }, label, required ? h('span', { class: 'required' }, ' (required)') : null),
        prompt ? h('p', { id: hintId, class: 'prompt' }, prompt) : null,
        control,
        h('p', { id: errorId, class: 'field-error', 'data-error-for': name }));
}

/** A group of radio buttons (a fieldset with its legend), each choice with its own label. */
export function choices(formId, { name, legend, prompt, options, required = false, value }) {
    const hintId = prompt ? `${formId}-${name}-hint` : null;
    const errorId = `${formId}-${name}-error`;
    return h('fieldset', { class: 'choices', id: `${formId}-${name}`, 'data-field': name, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') },
        h('legend', {}, legend, required ? h('span', { class: 'required' }, ' (required)') : null),
        prompt ? h('p', { id: hintId, class: 'prompt' }, prompt) : null,
        h('div', { class: 'choice-list' }, options.map(([optionValue, text, detail]) => {
            const id = `${formId}-${name}-${optionValue}`;
            return h('div', { class: 'choice' },
                h('input', { type: 'radio', id, name, value: optionValue, checked: value === optionValue, required: required || null }),
                h('label', { for: id }, h('strong', {}, text), detail ? h('span', { class: 'choice-detail' }, ' ', detail) : null));
        })),
        h('p', { id: errorId, class: 'field-error', 'data-error-for': name }));
}

export function formError(formId) {
    return h('p', { id: `${formId}-error`, class: 'form-error', role: 'alert', 'data-error-for': '' });
}

export function clearErrors(form) {
    for (const slot of form.querySelectorAll('[data-error-for]')) {
        slot.textContent = '';
    }
    for (const invalid of form.querySelectorAll('[aria-invalid]')) {
        invalid.removeAttribute('aria-invalid');
    }
}

/** Shows an error next to the field it is about (the whole form's slot if no field is named); focuses that field. */
export function showError(form, fieldName, message) {
    const slot = fieldName ? form.querySelector(`[data-error-for="${fieldName}"]`) : null;
    const target = slot ?? form.querySelector('[data-error-for=""]');
    target.textContent = (target.textContent ? target.textContent + ' ' : '') + message;
    const control = fieldName ? form.querySelector(`[data-field="${fieldName}"]`) : null;
    if (control) {
        control.setAttribute('aria-invalid', 'true');
        (control.matches('fieldset') ? control.querySelector('input') : control).focus();
    } else {
        target.setAttribute('tabindex', '-1');
        target.focus();
    }
}

/** Puts every refusal of the API into words on the form: field errors at their fields, a broken rule at the form or its time. */
export function showProblem(form, error, fieldNames, aliases = {}) {
    if (error instanceof SignedOut) {
        showError(form, null, error.message);
        return;
    }
    if (!(error instanceof Problem)) {
        showError(form, null, `Something went wrong: ${error.message}. Nothing you typed is lost; try again.`);
        return;
    }
    let placed = false;
    for (const { field: path, message } of error.errors) {
        const raw = String(path ?? '').split('.').pop();
        const name = aliases[raw] ?? raw;
        const known = fieldNames.includes(name) ? name : null;
        showError(form, known, known ? message : `${path}: ${message}`);
        placed = true;
    }
    if (placed) {
        return;
    }
    const words = RULE_WORDS[error.rule];
    const message = words ? `${words} (${error.detail ?? error.message})` : error.message;
    const aboutTime = error.rule === 'NOT_BEFORE_PREVIOUS_EVENT' && fieldNames.includes('at');
    showError(form, aboutTime ? 'at' : null, error.status === 0 ? error.message : message);
}

/** "10:03" on the given local date as an ISO instant; null for an empty time; throws for a time that is not one. */
export function instantOf(date, time) {
    if (!time || !time.trim()) {
        return null;
    }
    const match = /^([0-2]?\d):([0-5]\d)$/.exec(time.trim());
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
    if (!match || Number(match[1]) > 23) {
        throw new RangeError('Give the time as hours and minutes, such as 10:03.');
    }
    if (!day) {
        throw new RangeError('Give the date of the session first, as year-month-day, such as 2026-11-23.');
    }
    const at = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(match[1]), Number(match[2]));
    return at.toISOString();
}

export function localDate(instant) {
    const d = new Date(instant);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function localTime(instant) {
    const d = new Date(instant);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function when(instant) {
    return new Date(instant).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
