// Display formatting only: every value comes from an API answer and is shown, never derived.

export const NONE = '—';

const decimals = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** A ratio given as a decimal (METRICS.md), shown as a whole percentage: 0.912 → "91 %". */
export function percent(ratio) {
    return `${whole.format(ratio * 100)} %`;
}

export function decimal(value) {
    return decimals.format(value);
}

export function count(value) {
    return whole.format(value);
}

export function minutes(value) {
    return `${oneDecimal.format(value)} min`;
}

export function perSession(value) {
    return `${decimals.format(value)} per session`;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export function dateTime(iso) {
    return iso ? dateTimeFormat.format(new Date(iso)) : NONE;
}

export function time(iso) {
    return iso ? timeFormat.format(new Date(iso)) : NONE;
}

export function day(iso) {
    return iso ? dayFormat.format(new Date(iso)) : NONE;
}

export const OUTCOMES = {
    RETURN_TO_AGREED: 'Returned to the agreed topic',
    CONNECTED_TO_AGREED: 'Connected to the agreed topic',
    ADOPT_NEW_TOPIC: 'Adopted the new topic',
    UNRESOLVED: 'Unresolved (silent drift)',
};

export const PROGRESS = {
    ACHIEVED: 'Achieved',
    PARTLY: 'Partly achieved',
    NOT_ACHIEVED: 'Not achieved',
};

export const PREP_FORM = {
    ON_TIME: 'On time',
    LATE: 'Late',
    MISSED: 'Missed',
    NONE: 'None',
};

export const STATUS = {
    SCHEDULED: 'Scheduled',
    IN_PROGRESS: 'In progress',
    ENDED: 'Ended',
    CANCELLED: 'Cancelled',
};

export const SEGMENTS = {
    ON_AGREED_TOPIC: 'On the agreed topic',
    CONNECTED_CONTEXT: 'Connected context',
    OFF_TOPIC: 'Off topic',
};

/** A label for an enum value, the value itself for one this page does not know yet. */
export function label(labels, value) {
    return value == null ? NONE : (labels[value] ?? value);
}
