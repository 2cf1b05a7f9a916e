// One form to fill in: the five questions with their answers saved as the person types (drafts.js), and
// sending it. The API's refusals are shown under the question they concern, tied to it for screen readers.
import { ApiError, call, formPath } from './api.js';
import { announce, h } from './dom.js';
import { timeOfDay } from './format.js';
import { backLink, badge, dueText, heading } from './form-parts.js';
import { DraftSaver } from './drafts.js';
import { errorText, MAX_LENGTH, QUESTIONS, sameAnswers } from './questions.js';

const STATES = {
    idle: ({ draft }) => (draft ? 'Your draft is saved. Changes are saved as you type.' : 'Your answers are saved as you type.'),
    saving: () => 'Saving…',
    saved: ({ at }) => `Saved at ${timeOfDay(at)}`,
    restored: () => 'Restored what you typed earlier on this device; saving…',
    offline: () => 'Not saved yet: no connection. Your answers are kept on this device and saved when the connection is back.',
    failed: ({ detail }) => `Not saved yet: ${detail} Your answers are kept on this device; trying again…`,
    invalid: () => 'Not saved: an answer needs changing, as it says below that question.',
    'signed-out': () => 'Not saved: your sign-in has ended. Your answers are kept on this device: ',
    final: () => 'This form has been sent already; showing it as sent…',
};

/**
 * Shows the form in main, editable; onSent(view) when it has been sent (or turns out to be), onSignIn to sign in
 * again. Returns the saver, to be stopped when the person moves on.
 */
export function formView(main, person, form, { onSent }) {
    const fields = {};
    const errors = {};
    const stateLine = h('p', { id: 'save-state', class: 'save-state', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const submitMessage = h('p', { id: 'submit-message', class: 'submit-message', hidden: true });
    const sendButton = h('button', { type: 'submit', class: 'primary', id: 'send' }, 'Send to my coach');

    const saver = new DraftSaver(person, form, {
        onState: (state) => showState(state),
        onFieldErrors: (problems) => showFieldErrors(problems, false),
    });

    let statusBadge = badge(form);

    function showState(state) {
        if (state.kind === 'saved') {
            const saved = badge(saver.form);
            statusBadge.replaceWith(saved);
            statusBadge = saved;
        }
        stateLine.className = `save-state state-${state.kind}`;
        stateLine.replaceChildren(STATES[state.kind](state));
        if (state.kind === 'signed-out') {
            stateLine.append(h('a', { href: '/' }, 'sign in again'), ' to save them.');
        }
        if (state.kind === 'final') {
            reloadAsSent();
        }
    }

    function values() {
        return Object.fromEntries(QUESTIONS.map(({ key }) => [key, fields[key].value]));
    }

    function clearFieldErrors() {
        for (const { key } of QUESTIONS) {
            errors[key].hidden = true;
            errors[key].textContent = '';
            fields[key].removeAttribute('aria-invalid');
            fields[key].setAttribute('aria-describedby', `hint-${key}`);
        }
        submitMessage.hidden = true;
        submitMessage.textContent = '';
    }

    /** The API's errors under their questions; the first question gets the focus when sending was refused. */
    function showFieldErrors(problems, submitting) {
        let first = null;
        for (const problem of problems) {
            const key = String(problem.field ?? '').replace(/^answers\./, '');
            if (!fields[key]) {
                continue;
            }
            errors[key].textContent = errorText(key, problem.message, submitting);
            errors[key].hidden = false;
            fields[key].setAttribute('aria-invalid', 'true');
            fields[key].setAttribute('aria-describedby', `hint-${key} error-${key}`);
            first ??= key;
        }
        if (submitting && first) {
            fields[first].focus();
        }
        return first;
    }

    async function send(event) {
        event.preventDefault();
        clearFieldErrors();
        sendButton.disabled = true;
        try {
            if (!(await saver.save())) {
                submitMessage.textContent = 'Not sent: your answers are not saved yet (see above).';
                submitMessage.hidden = false;
                return;
            }
            const sent = await call('POST', `${formPath(person.orgId, saver.form.prepFormId)}/submit`, {});
            saver.stop();
            saver.backup.clear();
            onSent(sent);
        } catch (error) {
            refused(error);
        } finally {
            sendButton.disabled = false;
        }
    }

    function refused(error) {
        if (error instanceof ApiError && error.status === 400 && showFieldErrors(error.errors, true)) {
            submitMessage.textContent = 'Not sent yet: please answer the question marked above.';
        } else if (error instanceof ApiError && error.status === 409) {
            reloadAsSent();
            return;
        } else if (error instanceof ApiError && error.status === 401) {
            submitMessage.replaceChildren(
                'Not sent: your sign-in has ended. Your answers are kept on this device: ',
                h('a', { href: '/' }, 'sign in again'),
                ' and send it then.',
            );
        } else {
            submitMessage.textContent = `Not sent: ${error.message} Please try again.`;
        }
        submitMessage.hidden = false;
        announce(submitMessage.textContent);
    }

    async function reloadAsSent() {
        saver.stop();
        try {
            const now = await call('GET', formPath(person.orgId, saver.form.prepFormId));
            if (now.status === 'SUBMITTED') {
                saver.backup.clear();
                onSent(now, false);
            }
        } catch {
            // the state line already says what happened
        }
    }

    const questions = QUESTIONS.map(({ key, prompt, hint, required }) => {
        fields[key] = h('textarea', {
            id: `answer-${key}`,
            name: key,
            rows: key === 'sessionIntent' ? 3 : 4,
            maxlength: MAX_LENGTH,
            'aria-describedby': `hint-${key}`,
            'aria-required': required ? 'true' : null,
            oninput: () => saver.change(values()),
        });
        fields[key].value = form.answers?.[key] ?? '';
        errors[key] = h('p', { id: `error-${key}`, class: 'field-error', hidden: true });
        return h(
            'div',
            { class: `question${required ? ' required' : ''}`, id: `question-${key}` },
            h('label', { for: `answer-${key}` }, prompt),
            h('p', { id: `hint-${key}`, class: 'hint' }, hint),
            errors[key],
            fields[key],
        );
    });

    main.replaceChildren(
        h(
            'article',
            { class: 'prep-form', 'data-form-id': form.prepFormId },
            backLink(),
            heading(form, 'Prepare'),
            h('p', { class: 'facts' }, statusBadge, ' ', h('span', { class: 'due' }, dueText(form))),
            h(
                'p',
                { class: 'lead' },
                'Five questions to think about before you meet. Your answers are saved as you type, and your coach sees them only once you send the form.',
            ),
            h(
                'form',
                { id: 'prep-form', novalidate: true, onsubmit: send },
                questions,
                h('div', { class: 'actions' }, stateLine, sendButton, submitMessage),
            ),
        ),
    );

    showState({ kind: 'idle', draft: Object.values(form.answers ?? {}).some(Boolean) });
    restoreUnsaved();
    return saver;

    /** Keystrokes the service never got (a reload before the save, no connection, an ended sign-in) come back. */
    function restoreUnsaved() {
        const kept = saver.backup.read();
        if (!kept || sameAnswers(kept, form.answers)) {
            saver.backup.clear();
            return;
        }
        for (const { key } of QUESTIONS) {
            fields[key].value = kept[key] ?? '';
        }
        saver.change(values());
        showState({ kind: 'restored' });
    }
}
