// The organisation's analytics settings (#/settings): its time zone and, per attention rule, whether it is on and
// its thresholds, with the share of useful answers its flags got. The org-admin changes and saves them; a supervisor
// reads them and may try values to preview. Either sees, as they type, which flags the change would raise and clear.
import { get, orgPath } from '../api.js';
import { h, idFor } from '../dom.js';
import { percent } from '../format.js';
import { pageHeading, section } from './parts.js';
import { ruleInfo, thresholdInfo } from './settings-rules.js';
import { changedText, wire } from './settings-form.js';

/** Not asked again every few seconds: that would draw the form anew under the person's hands. */
export const live = false;

export function title() {
    return 'Analytics settings';
}

export async function load(route, signal) {
    return { settings: await get(orgPath(route.org, '/analytics-settings'), signal) };
}

export function canWrite(person) {
    return person.roles.includes('org-admin');
}

/** The header's link to this page, for those who may read the settings. */
export function settingsLink(person) {
    const link = document.getElementById('settings-link');
    if (!link) {
        return;
    }
    link.hidden = !(person.roles.includes('org-admin') || person.roles.includes('supervisor'));
    const mark = () => {
        if (location.hash.startsWith('#/settings')) {
            link.setAttribute('aria-current', 'page');
        } else {
            link.removeAttribute('aria-current');
        }
    };
    mark();
    window.addEventListener('hashchange', mark);
}

export function render({ settings }, route) {
    const writes = canWrite(route.person);
    const current = settings.json;
    const form = h('form', { id: 'settings-form', class: 'settings-form', novalidate: true },
        h('p', { id: 'settings-form-error', class: 'field-error form-error', role: 'alert', hidden: true }),
        section('settings-zone', 'Time zone',
            h('p', { class: 'lead' }, 'Weeks and months of the trends are counted in this zone.'),
            field({ field: 'timeZone', label: 'Time zone (IANA id, such as Europe/Amsterdam)',
                input: { type: 'text', list: 'time-zones', value: current.timeZone, autocomplete: 'off', spellcheck: 'false' } }),
            h('datalist', { id: 'time-zones' }, timeZones().map(zone => h('option', { value: zone })))),
        section('settings-rules', 'Who needs attention',
            h('p', { class: 'lead' }, 'Each rule raises a flag at one threshold and clears it at another, '
                + 'so a flag does not come and go with every session.'),
            Object.entries(current.rules).map(([rule, values]) => ruleFieldset(rule, values))),
        h('div', { class: 'settings-actions' },
            writes ? h('button', { type: 'submit', id: 'settings-save', class: 'primary' }, 'Save settings') : null,
            // the preview's counts in reach while scrolling the form; read out once, from the preview itself
            h('a', { href: '#preview-heading', class: 'counts-mirror', 'aria-hidden': 'true', tabindex: '-1' }, 'No change yet.'),
            writes ? h('p', { id: 'settings-save-status', class: 'save-status', role: 'status' }) : null));
    const page = h('div', { class: 'settings-page' },
        pageHeading('Analytics settings',
            h('p', { id: 'settings-changed', class: 'muted' }, changedText(current)),
            writes ? null : h('p', { class: 'read-only-note' }, 'You may read these settings and try other values to '
                + 'preview them; only an organisation admin can save them.')),
        h('div', { class: 'settings-layout' }, form, previewPanel()));
    wire(page, { settings: current, org: route.org, csrf: route.person.csrf, writes });
    return page;
}

function ruleFieldset(rule, values) {
    const info = ruleInfo(rule);
    const names = Object.keys(values).filter(name => name !== 'enabled' && name !== 'feedback');
    return h('fieldset', { class: 'rule', id: idFor(`rule-${rule}`), 'data-rule': rule },
        h('legend', {}, info.title, info.about ? h('span', { class: 'rule-about' }, ` (${info.about})`) : null),
        info.sentence ? h('p', { class: 'rule-sentence' }, 'The flag reads: ', h('q', {}, sentence(info.sentence))) : null,
        h('div', { class: 'rule-enabled' },
            h('input', { type: 'checkbox', id: idFor(`setting-rules.${rule}.enabled`), 'data-field': `rules.${rule}.enabled`,
                checked: values.enabled === true }),
            h('label', { for: idFor(`setting-rules.${rule}.enabled`) }, 'On: this rule raises flags'),
            errorSlot(`rules.${rule}.enabled`)),
        h('div', { class: 'thresholds' }, names.map(name => {
            const about = thresholdInfo(rule, name);
            return field({
                field: `rules.${rule}.${name}`, label: about.label, unit: about.unit,
                input: { type: 'number', inputmode: 'decimal', value: String(values[name]), step: about.whole ? '1' : 'any',
                    min: about.whole ? '1' : '0', max: about.share ? '1' : null, 'data-whole': about.whole ? 'true' : null },
            });
        })),
        info.clears ? h('p', { class: 'muted rule-clears' }, info.clears) : null,
        h('p', { class: 'feedback' }, feedbackText(values.feedback)));
}

/** A rule's sentence with what the flag fills in ({client}, {share}) as variables. */
function sentence(template) {
    return template.split(/\{([^}]+)\}/).map((part, index) => (index % 2 ? h('var', {}, part) : part));
}

function field({ field: name, label, unit, input }) {
    const id = idFor(`setting-${name}`);
    const hintId = unit ? idFor(`hint-${name}`) : null;
    return h('div', { class: 'setting' },
        h('label', { for: id }, label),
        h('div', { class: 'setting-input' },
            h('input', { ...input, id, name, 'data-field': name, 'aria-describedby': hintId }),
            unit ? h('span', { id: hintId, class: 'unit' }, unit) : null),
        errorSlot(name));
}

function errorSlot(name) {
    return h('p', { id: idFor(`error-${name}`), class: 'field-error', hidden: true });
}

function feedbackText(feedback) {
    if (!feedback || feedback.useful + feedback.notUseful === 0 || feedback.usefulShare == null) {
        return 'Feedback on its flags: none yet.';
    }
    return `Feedback on its flags: ${percent(feedback.usefulShare)} useful `
        + `(${feedback.useful} useful, ${feedback.notUseful} not useful).`;
}

function previewPanel() {
    return h('aside', { class: 'panel settings-preview', 'aria-labelledby': 'preview-heading' },
        h('h2', { id: 'preview-heading' }, 'Preview'),
        h('p', { id: 'preview-counts', class: 'preview-counts', 'aria-live': 'polite' }, 'No change yet.'),
        h('p', { class: 'muted' }, 'As you change a value, this shows which flags the change would raise and clear '
            + 'now. Nothing is saved by previewing.'),
        h('h3', {}, 'Would raise'),
        h('ul', { id: 'preview-raised', class: 'preview-list' }),
        h('h3', {}, 'Would clear'),
        h('ul', { id: 'preview-cleared', class: 'preview-list' }));
}

function timeZones() {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
