// Saving a form's answers while the person types: a debounced PUT of all five answers (creating the form if it
// is not there), one request at a time, retried while the service cannot be reached. Until the service has
// them, the keystrokes are also kept in this browser's storage, so a reload, a lost connection or an ended
// sign-in loses nothing; once saved, that copy is removed.
import { ApiError, call, formPath, formsPath } from './api.js';
import { SignedOut, signedIn } from './person.js';
import { answersOf, sameAnswers } from './questions.js';

const PREFIX = 'throughline.prep-form.unsaved.';
const DEBOUNCE_MILLIS = 700;
const RETRY_MILLIS = [2000, 5000, 10000, 30000];

/** This browser's copy of a form's answers that the service does not have yet. */
export class Backup {
    constructor(person, prepFormId) {
        this.key = `${PREFIX}${person.orgId}.${person.clientId}.${prepFormId}`;
    }

    read() {
        try {
            const stored = localStorage.getItem(this.key);
            return stored ? JSON.parse(stored) : null;
        } catch {
            return null;
        }
    }

    write(values) {
        try {
            localStorage.setItem(this.key, JSON.stringify(values));
        } catch {
            // storage full or disabled: the server's draft is all there is
        }
    }

    clear() {
        try {
            localStorage.removeItem(this.key);
        } catch {
            // nothing to clear
        }
    }

    /** On signing out: nothing of the person's answers stays in this browser. */
    static clearAll() {
        try {
            Object.keys(localStorage)
                .filter((key) => key.startsWith(PREFIX))
                .forEach((key) => localStorage.removeItem(key));
        } catch {
            // storage disabled
        }
    }
}

/**
 * onState({kind: 'saving' | 'saved' | 'offline' | 'signed-out' | 'invalid' | 'failed' | 'final', ...}) tells what
 * became of the answers; onFieldErrors(errors) the API's refusal of single answers.
 */
export class DraftSaver {
    constructor(person, form, { onState, onFieldErrors }) {
        this.person = person;
        this.form = form;
        this.saved = { ...form.answers };
        this.values = { ...form.answers };
        this.backup = new Backup(person, form.prepFormId);
        this.onState = onState;
        this.onFieldErrors = onFieldErrors;
        this.timer = null;
        this.attempt = 0;
        this.chain = Promise.resolve(true);
        this.stopped = false;
        // Back online: save now rather than at the next retry.
        this.whenOnline = () => this.dirty && this.save();
        window.addEventListener('online', this.whenOnline);
    }

    get dirty() {
        return !sameAnswers(this.values, this.saved);
    }

    /** The answers as typed now: kept in this browser at once, sent after a pause in typing. */
    change(values) {
        this.values = { ...values };
        if (this.dirty) {
            this.backup.write(this.values);
            this.onState({ kind: 'saving' });
        } else {
            this.backup.clear();
        }
        this.schedule(DEBOUNCE_MILLIS);
    }

    schedule(millis) {
        clearTimeout(this.timer);
        if (!this.stopped) {
            this.timer = setTimeout(() => this.save(), millis);
        }
    }

    /** Saves now; resolves true once the service has the answers as they are, false if it could not. */
    save() {
        clearTimeout(this.timer);
        this.chain = this.chain.then(() => this.saveOnce());
        return this.chain;
    }

    async saveOnce() {
        if (!this.dirty) {
            return true;
        }
        const values = this.values;
        this.onState({ kind: 'saving' });
        try {
            this.form = await this.send(values);
            this.saved = values;
            this.attempt = 0;
            if (this.dirty) {
                return this.saveOnce();
            }
            this.backup.clear();
            this.onState({ kind: 'saved', at: new Date() });
            return true;
        } catch (error) {
            return this.failed(error);
        }
    }

    async send(values, refreshed = false) {
        const answers = answersOf(values);
        try {
            return await call('PUT', `${formPath(this.person.orgId, this.form.prepFormId)}/answers`, { answers });
        } catch (error) {
            if (error.status === 404) {
                return this.create(answers);
            }
            if (error.status === 403 && !refreshed) {
                await signedIn(); // a CSRF token gone stale with a new session: take the current one
                return this.send(values, true);
            }
            throw error;
        }
    }

    create(answers) {
        const body = { clientId: this.person.clientId, answers };
        if (this.form.sessionId) {
            body.sessionId = this.form.sessionId;
        }
        return call('POST', formsPath(this.person.orgId), body);
    }

    failed(error) {
        if (!(error instanceof ApiError)) {
            this.onState(error instanceof SignedOut ? { kind: 'signed-out' } : { kind: 'failed', detail: error.message });
            return false;
        }
        if (error.status === 401) {
            this.onState({ kind: 'signed-out' });
        } else if (error.status === 400 && error.errors.length > 0) {
            this.onFieldErrors(error.errors);
            this.onState({ kind: 'invalid' });
        } else if (error.status === 409) {
            this.onState({ kind: 'final', detail: error.message });
        } else {
            const wait = RETRY_MILLIS[Math.min(this.attempt, RETRY_MILLIS.length - 1)];
            this.attempt++;
            this.onState({ kind: error.status === 0 ? 'offline' : 'failed', detail: error.message });
            this.schedule(wait);
        }
        return false;
    }

    /** The page is going away with answers not yet sent: one last save that outlives it (the copy stays too). */
    saveOnExit() {
        if (this.dirty && !this.stopped) {
            call(
                'PUT',
                `${formPath(this.person.orgId, this.form.prepFormId)}/answers`,
                { answers: answersOf(this.values) },
                { keepalive: true },
            ).catch(() => {});
        }
    }

    stop() {
        this.stopped = true;
        clearTimeout(this.timer);
        window.removeEventListener('online', this.whenOnline);
    }
}
