// Builds DOM nodes without innerHTML, so no text from an API is ever parsed as markup, and no inline style
// attribute is needed (the page's Content-Security-Policy forbids both).
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'class') {
            element.className = value;
        } else if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'value' && 'value' in element) {
            element.value = value;
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat(Infinity)) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

/** An id made of any text: what HTML ids and CSS selectors both take without escaping. */
export function idPart(text) {
    return String(text).replace(/[^A-Za-z0-9_-]/g, '_');
}

export function replaceChildren(parent, ...children) {
    parent.replaceChildren(...children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false));
}
