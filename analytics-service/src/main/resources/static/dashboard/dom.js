// Builds DOM nodes without innerHTML, so no text from the API is ever parsed as markup and no inline
// style attribute is needed (the page's Content-Security-Policy forbids both).
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'class') {
            element.className = value;
        } else if (name === 'style') {
            Object.assign(element.style, value);
        } else if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

export function append(parent, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

let ids = 0;

/** An id unique within the page, stable for a given key so that re-rendering keeps focus and open details. */
export function idFor(key) {
    return key ? 'id-' + key.replace(/[^A-Za-z0-9_-]/g, '_') : 'id-auto-' + (++ids);
}
