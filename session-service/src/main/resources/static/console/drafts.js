// Nothing typed is lost: every console form keeps what was typed in sessionStorage (this tab only, gone when it
// closes) until the API has accepted it. A reload, a refused request or an ended sign-in leaves it where it was.
const PREFIX = 'throughline-console:';

export function load(key) {
    try {
        return JSON.parse(sessionStorage.getItem(PREFIX + key) ?? '{}');
    } catch {
        return {};
    }
}

export function save(key, values) {
    try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
    } catch {
        // storage full or refused: the form still works, only a reload would lose it
    }
}

export function forget(key) {
    sessionStorage.removeItem(PREFIX + key);
}

/** What a form holds now: each named control's value (a checked radio's for a group). */
export function valuesOf(form) {
    const values = {};
    for (const control of form.elements) {
        if (!control.name || control.type === 'submit' || control.type === 'button') {
            continue;
        }
        if (control.type === 'radio') {
            if (control.checked) {
                values[control.name] = control.value;
            }
        } else {
            values[control.name] = control.value;
        }
    }
    return values;
}

/** Fills a form from its draft and keeps the draft up to date as the person types. */
export function keep(form, key) {
    const draft = load(key);
    for (const control of form.elements) {
        if (!control.name || !(control.name in draft)) {
            continue;
        }
        if (control.type === 'radio') {
            control.checked = control.value === draft[control.name];
        } else {
            control.value = draft[control.name];
        }
    }
    const store = () => save(key, valuesOf(form));
    form.addEventListener('input', store);
    form.addEventListener('change', store);
}
