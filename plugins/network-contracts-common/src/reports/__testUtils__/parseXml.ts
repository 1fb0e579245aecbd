import { SaxesParser } from 'saxes';

/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses XML with a strict, well-formedness-checking parser and returns
 * the root element; throws on anything a conforming parser rejects.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = {
    name: '#document',
    attributes: {},
    children: [],
    text: '',
  };
  const stack: XmlElement[] = [root];
  parser.on('opentag', tag => {
    const element: XmlElement = {
      name: tag.name,
      // Without the xmlns option, saxes gives attributes as plain strings.
      attributes: { ...tag.attributes } as Record<string, string>,
      children: [],
      text: '',
    };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('text', text => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', error => {
    throw error;
  });
  parser.write(xml).close();
  if (root.children.length !== 1) {
    throw new Error('an XML document has exactly one root element');
  }
  return root.children[0];
}

/** Every element under `element` (itself included) with that name. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found = element.name === name ? [element] : [];
  return found.concat(...element.children.map(c => findAll(c, name)));
}
