// The settings form's behaviour: what the person changed (only that is sent, so a 400 names their field), a
// debounced preview of the change (POST …/analytics-settings/preview), saving it (PUT) and showing each invalid
// field's message next to its input.
import { ApiError, orgPath } from '../api.js';
import { h, idFor } from '../dom.js';
import { send } from '../write.js';
import { dateTime } from '../format.js';
import { ruleInfo } from './settings-rules.js';
import { viewHref } from './parts.js';

const PREVIEW_DELAY_MILLIS = 400;

/** Who saved the settings last and when, as the page says it. */
export function changedText(settings) {
    return settings.updatedAt
        ? `Last saved by ${settings.updatedBy ?? 'someone'} on ${dateTime(settings.updatedAt)}.`
        : 'Never changed: these are the defaults of METRICS.md.';
}

/** Makes the rendered page work: preview as the person types, save on submit where they may write. */
export function wire(page, { settings, org, csrf, writes }) {
    const state = { saved: settings, timer: null, preview: null };
    const form = page.querySelector('#settings-form');
    const changed = () => {
        clearTimeout(state.timer);
        state.timer = setTimeout(() => preview(page, state, { org, csrf }), PREVIEW_DELAY_MILLIS);
    };
    showChanges(page, { raised: [], cleared: [] });
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', event => {
        event.preventDefault();
        if (writes) {
            save(page, state, { org, csrf });
        }
    });
}

/** The change as the API takes it: only the values that differ from the saved ones; null where one is not a number. */
function proposal(page, saved) {
    const change = { rules: {} };
    let invalid = false;
    for (const input of page.querySelectorAll('#settings-form [data-field]')) {
        const field = input.dataset.field;
        if (field === 'timeZone') {
            const zone = input.value.trim();
            if (zone !== saved.timeZone) {
                change.timeZone = zone;
            }
            continue;
        }
        const [, rule, name] = field.split('.');
        const was = saved.rules[rule]?.[name];
        let value;
        if (input.type === 'checkbox') {
            value = input.checked;
        } else {
            value = input.value.trim() === '' ? Number.NaN : Number(input.value);
            if (!Number.isFinite(value)) {
                showError(page, field, 'must be a number');
                invalid = true;
                continue;
            }
        }
        if (value !== was) {
            (change.rules[rule] ??= {})[name] = value;
        }
    }
    if (Object.keys(change.rules).length === 0) {
        delete change.rules;
    }
    return invalid ? null : change;
}

function isEmpty(change) {
    return change.timeZone === undefined && change.rules === undefined;
}

async function preview(page, state, { org, csrf }) {
    state.preview?.abort();
    clearErrors(page);
    const change = proposal(page, state.saved);
    if (change === null) {
        setCounts(page, 'No preview: a value is not a number.');
        showChanges(page, { raised: [], cleared: [] });
        return;
    }
    if (isEmpty(change)) {
        setCounts(page, 'No change yet.');
        showChanges(page, { raised: [], cleared: [] });
        return;
    }
    const controller = new AbortController();
    state.preview = controller;
    page.querySelector('.settings-preview').setAttribute('aria-busy', 'true');
    try {
        const answer = await send('POST', orgPath(org, '/analytics-settings/preview'), change,
            { csrf, signal: controller.signal });
        const { raised, cleared } = answer.json;
        setCounts(page, `Would raise ${raised.length}, would clear ${cleared.length}.`);
        showChanges(page, answer.json);
    } catch (error) {
        if (error.name === 'AbortError') {
            return;
        }
        setCounts(page, error.status === 400 ? 'No preview: a value cannot be used (see the form).'
            : `No preview: ${error.message}`);
        showChanges(page, { raised: [], cleared: [] });
        showProblem(page, error);
    } finally {
        if (state.preview === controller) {
            page.querySelector('.settings-preview').removeAttribute('aria-busy');
        }
    }
}

async function save(page, state, { org, csrf }) {
    clearTimeout(state.timer);
    state.preview?.abort();
    clearErrors(page);
    const status = page.querySelector('#settings-save-status');
    const change = proposal(page, state.saved);
    if (change === null) {
        status.textContent = 'Not saved: a value is not a number.';
        focusFirstError(page);
        return;
    }
    if (isEmpty(change)) {
        status.textContent = 'Nothing to save: no value was changed.';
        return;
    }
    status.textContent = 'Saving…';
    try {
        const answer = await send('PUT', orgPath(org, '/analytics-settings'), change, { csrf });
        state.saved = answer.json;
        page.querySelector('#settings-changed').textContent = changedText(state.saved);
        status.textContent = `Saved. ${changedText(state.saved)}`;
        setCounts(page, 'No change yet.');
        showChanges(page, { raised: [], cleared: [] });
    } catch (error) {
        status.textContent = error.status === 400 ? 'Not saved: a value cannot be used.'
            : error.status === 403 ? 'Not saved: only an organisation admin may change the settings.'
                : `Not saved: ${error.message}`;
        showProblem(page, error);
        focusFirstError(page);
    }
}

function setCounts(page, text) {
    page.querySelector('#preview-counts').textContent = text;
    page.querySelector('.counts-mirror').textContent = text;
}

function showChanges(page, { raised, cleared }) {
    page.querySelector('#preview-raised').replaceChildren(...changeItems(raised, 'none'));
    page.querySelector('#preview-cleared').replaceChildren(...changeItems(cleared, 'none'));
}

function changeItems(changes, nothing) {
    if (changes.length === 0) {
        return [h('li', { class: 'muted' }, nothing)];
    }
    return changes.map(change => {
        const path = change.subjectType === 'coach' ? 'coaches' : 'clients';
        return h('li', { 'data-rule': change.rule, 'data-subject': change.subjectId },
            h('a', { href: viewHref(`/${path}/${encodeURIComponent(change.subjectId)}`) }, change.subjectId),
            h('span', { class: 'muted' }, ` (${change.subjectType}) · ${ruleInfo(change.rule).title}`),
            h('br'), change.sentence);
    });
}

/** A 400's fields next to their inputs; what names no input of the form goes above the form. */
function showProblem(page, error) {
    const errors = error instanceof ApiError && error.errors?.length ? error.errors : [];
    const general = [];
    for (const { field, message } of errors) {
        if (!showError(page, field, message)) {
            general.push(`${field}: ${message}`);
        }
    }
    if (errors.length === 0 && error.status !== 400) {
        return;
    }
    if (general.length || errors.length === 0) {
        const box = page.querySelector('#settings-form-error');
        box.textContent = general.length ? general.join(' ') : error.message;
        box.hidden = false;
    }
}

function showError(page, field, message) {
    const slot = page.querySelector(`#${idFor(`error-${field}`)}`);
    const input = page.querySelector(`#${idFor(`setting-${field}`)}`);
    if (!slot || !input) {
        return false;
    }
    slot.textContent = message.startsWith('must') ? `This value ${message}.` : message;
    slot.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    if (!described.includes(slot.id)) {
        input.setAttribute('aria-describedby', [...described, slot.id].join(' '));
    }
    return true;
}

function clearErrors(page) {
    for (const slot of page.querySelectorAll('.field-error')) {
        slot.hidden = true;
        slot.textContent = '';
    }
    for (const input of page.querySelectorAll('[aria-invalid]')) {
        input.removeAttribute('aria-invalid');
        const described = input.getAttribute('aria-describedby').split(' ')
            .filter(id => !id.startsWith('id-error-')).join(' ');
        if (described) {
            input.setAttribute('aria-describedby', described);
        } else {
            input.removeAttribute('aria-describedby');
        }
    }
}

function focusFirstError(page) {
    page.querySelector('[aria-invalid="true"]')?.focus();
}
