// What each attention rule says and what its thresholds mean, in plain words (METRICS.md, "Who needs attention").
// In a sentence, {braces} mark what the flag fills in. The settings' API names the thresholds; this only labels
// them. A threshold not listed here is shown by its name.

export const RULES = {
    SIDETRACKS_RISING: {
        title: 'Sidetracks rising', about: 'client',
        sentence: '{client} had {recent rate} sidetracks per session in the last 3 sessions, up from {earlier rate} in the {3 to 6} before',
        thresholds: {
            raiseBy: { label: 'Raise when the rate is up by at least', unit: 'sidetracks per session' },
            raiseAtLeast: { label: 'and the rate is at least', unit: 'sidetracks per session' },
            clearBy: { label: 'Clear when the rise is below', unit: 'sidetracks per session' },
            clearBelow: { label: 'or the rate is below', unit: 'sidetracks per session' },
        },
    },
    OFF_AGREED_TOPIC: {
        title: 'Off the agreed topic', about: 'client',
        sentence: '{client} spent {share} of the last 3 sessions on the agreed topic or connected context',
        thresholds: {
            raiseBelow: { label: 'Raise when the on-topic share is below', unit: 'share, 0 to 1', share: true },
            clearAtLeast: { label: 'Clear when it is at least', unit: 'share, 0 to 1', share: true },
        },
    },
    PARKED_TOPIC_RETURNS: {
        title: 'Parked topic returns', about: 'client',
        sentence: '‘{topic}’ was parked in {count} of {client}’s last 6 sessions',
        thresholds: {
            raiseAtLeast: { label: 'Raise when one topic was parked in at least', unit: 'of the last 6 sessions', whole: true },
            clear: { label: 'Clear when it was parked in fewer than', unit: 'of the last 6 sessions', whole: true },
        },
    },
    PREP_NOT_ON_TIME: {
        title: 'Prep form not on time', about: 'client',
        sentence: '{client}’s prep form was late or missing for {count} of the last 3 sessions it was due',
        thresholds: {
            raiseAtLeast: { label: 'Raise when late or missing for at least', unit: 'of the last 3 due', whole: true },
            clear: { label: 'Clear when this many last due forms were on time', unit: 'forms', whole: true },
        },
    },
    NO_PROGRESS: {
        title: 'No progress', about: 'client',
        sentence: '{client}’s sessions ended NOT_ACHIEVED in {count} of the last 3',
        thresholds: {
            raiseAtLeast: { label: 'Raise when NOT_ACHIEVED in at least', unit: 'of the last 3 sessions', whole: true },
            clear: { label: 'Clear when this many last sessions were not NOT_ACHIEVED', unit: 'sessions', whole: true },
        },
    },
    STALLED: {
        title: 'Stalled', about: 'client',
        sentence: '{client} has had no session for {days} days and none is scheduled',
        thresholds: {
            raiseAfterDays: { label: 'Raise after this many days without a session, none scheduled', unit: 'days', whole: true },
        },
        clears: 'Clears when a session is scheduled or ends.',
    },
    SILENT_DRIFT: {
        title: 'Silent drift', about: 'coach',
        sentence: '{count} of {coach}’s {sidetracks} sidetracks in the last 10 sessions were never re-contracted',
        thresholds: {
            raiseAtLeast: { label: 'Raise when the share never re-contracted is at least', unit: 'share, 0 to 1', share: true },
            minShifts: { label: 'over at least this many sidetracks', unit: 'sidetracks', whole: true },
            clearBelow: { label: 'Clear when the share is below', unit: 'share, 0 to 1', share: true },
        },
    },
    CONTRACTING_GAPS: {
        title: 'Contracting gaps', about: 'coach',
        sentence: '{coach} ended {count} of the last 10 sessions without a session agreement',
        thresholds: {
            raiseAtLeast: { label: 'Raise when at least this many ended without an agreement', unit: 'of the last 10 sessions', whole: true },
            clear: { label: 'Clear when this many last sessions all had one', unit: 'sessions', whole: true },
        },
    },
    AGREEMENT_SLOWER: {
        title: 'Agreement slower', about: 'coach',
        sentence: '{coach} took {minutes} min to an agreement over the last 10 sessions, {factor}× the {earlier minutes} min before',
        thresholds: {
            minMinutes: { label: 'Raise when the minutes to an agreement are at least', unit: 'minutes' },
            raiseFactor: { label: 'and at least this many times the minutes before', unit: '×' },
            clearBelow: { label: 'Clear when that factor is below', unit: '×' },
        },
    },
};

/** The rule's description, or one made from its name for a rule this page does not know yet. */
export function ruleInfo(rule) {
    return RULES[rule] ?? { title: rule, about: null, sentence: null, thresholds: {} };
}

/** How a threshold is labelled and entered: whole numbers from 1, decimals from 0, shares up to 1. */
export function thresholdInfo(rule, name) {
    const known = ruleInfo(rule).thresholds[name];
    return { label: name, unit: null, whole: false, share: false, ...known };
}
