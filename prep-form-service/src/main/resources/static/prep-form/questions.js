// The five questions of the default form, in the words of Wendy Buckingham's session preparation form
// (the article in seeds/), keyed as the API keys the answers.

export const QUESTIONS = [
    {
        key: 'wins',
        prompt: 'What have I accomplished since our last session? My wins, big and little.',
        hint: 'Optional.',
    },
    {
        key: 'notDone',
        prompt: 'What I intended to do but didn’t',
        hint: 'Optional.',
    },
    {
        key: 'learned',
        prompt: 'What have I learned about myself and others?',
        hint: 'Optional.',
    },
    {
        key: 'challenges',
        prompt: 'What challenges and problems do I need to address?',
        hint: 'Optional.',
    },
    {
        key: 'sessionIntent',
        prompt: 'I want to use this coaching session to…',
        hint: 'Needed to send the form: it tells your coach where you want to start.',
        required: true,
    },
];

export const MAX_LENGTH = 2000;

/** The answers as the API takes them: every key, an empty answer as null. */
export function answersOf(values) {
    const answers = {};
    for (const { key } of QUESTIONS) {
        const value = values[key] ?? '';
        answers[key] = value === '' ? null : value;
    }
    return answers;
}

export function sameAnswers(a, b) {
    return QUESTIONS.every(({ key }) => (a?.[key] ?? '') === (b?.[key] ?? ''));
}

/** What to say under a question the API refused: the API's reason, or for an empty intention what to do. */
export function errorText(key, message, submitting) {
    if (key === 'sessionIntent' && submitting) {
        return 'Please finish this sentence before you send the form: your coach needs to know what you want to use the session for.';
    }
    const reason = message || 'This answer was not accepted.';
    return reason.charAt(0).toUpperCase() + reason.slice(1) + (reason.endsWith('.') ? '' : '.');
}
