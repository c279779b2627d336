// Reading simple links as linkify-it would, without it: its regexes cost tens of microseconds per link.
import { getLinkify } from './linkify';

// What linkify-it does with a plain link is simple: a host of DNS labels (ending, without a scheme, in a top-level
// domain it knows), then a path of which every character is taken except sentence punctuation at its end.
// SIMPLE_LINK and SIMPLE_FUZZY_LINK are the windows that reading covers: no brackets or quotes inside, no '@', '\\',
// '<', '>' or '|' (those go to linkify-it itself). A closing bracket or quote mark after the link ends it wherever it
// stands ("(https://x.kz/a).", "«…»;"), since no rule of the path takes it, and so do sentence punctuation and quote
// marks straight after a host; what follows is searched again. A link with a scheme may have a port (linkify-it
// takes 0–65535 written without a leading zero). Beyond ASCII, a character that is not punctuation is a letter to
// linkify-it, in a host label and in the path alike (its "pseudo letter" and last path rule); any other goes to
// linkify-it. url.test.ts compares these readings with linkify-it's on random links. (The ranges \u0080–\uffff in
// the classes below leave out », ” and ›, the closing marks.)
const SIMPLE_LINK =
  /^(?:https?|ftp):\/\/([A-Za-z0-9.\u0080-\u00ba\u00bc-\u201c\u201e-\u2039\u203b-\uffff-]+)(?::(\d{1,5}))?(?:([/?#][A-Za-z0-9/?#=&%_~+.,;:!*$^`\u0080-\u00ba\u00bc-\u201c\u201e-\u2039\u203b-\uffff-]*)([)\]}»”›][^]*)?|([)\]}»”›,;!"'][^]*)?)$/i;
// The empty second group stands for the port, which a link without a scheme cannot have.
const SIMPLE_FUZZY_LINK =
  /^([A-Za-z0-9.\u0080-\u00ba\u00bc-\u201c\u201e-\u2039\u203b-\uffff-]+)()(?:([/?#][A-Za-z0-9/?#=&%_~+.,;:!*$^`\u0080-\u00ba\u00bc-\u201c\u201e-\u2039\u203b-\uffff-]*)([)\]}»”›][^]*)?|([)\]}»”›,;!"'][^]*)?)$/;
let topLevelDomain: RegExp | undefined;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const DOTS_THEN = /^\.{2,20}:?[a-zA-Z0-9%/&]/;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The length of the link linkify-it's matchAtStart would find at the start of `text` (which opens with a scheme),
 * or -1 when the text is not of the simple kind and only linkify-it can tell.
 */
export function simpleLinkLength(text: string): number {
  return simpleLength(text, SIMPLE_LINK.exec(text), false);
}

/**
 * The same for a window without a scheme (and without '//'): the length of the link without a scheme linkify-it
 * finds at its start, whose host must end in a top-level domain linkify-it knows; -1 when only linkify-it can tell.
 */
export function simpleFuzzyLinkLength(text: string): number {
  if (text.includes('//')) return -1;
  return simpleLength(text, SIMPLE_FUZZY_LINK.exec(text), true);
}

let pseudoLetter: RegExp | undefined;

/**
 * Whether a host label is one linkify-it takes: a DNS label, where a character beyond ASCII counts as a letter when
 * linkify-it's own "pseudo letter" rule says so (not punctuation, a space separator or a control). Surrogate pairs
 * are left to linkify-it.
 */
function isLinkLabel(label: string): boolean {
  if (DNS_LABEL.test(label)) return true;
  if (label.length === 0 || label.length > 63 || label.charCodeAt(0) === 0x2d || label.charCodeAt(label.length - 1) === 0x2d) return false;
  pseudoLetter ??= new RegExp(`(?:${getLinkify().re.get_pseudo_letter().source})`, 'y');
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code < 0x80) {
      if (!isAsciiAlnum(code) && code !== 0x2d) return false;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) return false;
    pseudoLetter.lastIndex = i;
    if (!pseudoLetter.test(label)) return false;
  }
  return true;
}

let pathTerminator: RegExp | undefined;

/** Whether linkify-it's path ends at text[i] (Unicode punctuation, space separators, controls, '>', '<', '｜'). */
function isPathTerminator(text: string, i: number): boolean {
  pathTerminator ??= new RegExp(`(?:${getLinkify().re.get_path_terminator().source})`, 'y');
  pathTerminator.lastIndex = i;
  return pathTerminator.test(text);
}

function simpleLength(text: string, parts: RegExpExecArray | null, fuzzy: boolean): number {
  if (!parts) return -1;
  const labels = parts[1]!.split('.');
  if (labels.length > 11 || !labels.every(isLinkLabel)) return -1;
  if (fuzzy) {
    topLevelDomain ??= new RegExp(`^(?:${getLinkify().re.get_tld().source})$`, 'i');
    if (labels.length < 2 || !topLevelDomain.test(labels[labels.length - 1]!)) return -1;
  }
  const port = parts[2];
  if (port && ((port.length > 1 && port.charCodeAt(0) === 0x30) || Number(port) > 65535)) return -1;
  const limit = text.length - (parts[4]?.length ?? parts[5]?.length ?? 0);
  const pathStart = limit - (parts[3]?.length ?? 0);
  if (!parts[3]) return limit;
  // The path: its first character, then as many of the others as the rules take (at least one), or a lone '/'.
  // Past `limit` comes a closing mark, which the rules below treat like any character that is not the end.
  let i = pathStart + 1;
  for (;;) {
    if (i >= limit) break;
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (isAsciiAlnum(code) || '/:%#&=_~*+$^`'.includes(text[i]!)) {
      i++;
    } else if (code === 0x2d) {
      i++; // '-'
    } else if (code === 0x2e) {
      // '.': a run of dots needs a letter, digit, '%', '/' or '&' after it (with at most one ':' between).
      if (next === 0x2e) {
        const dots = DOTS_THEN.exec(text.slice(i));
        if (!dots) break;
        i += dots[0].length;
      } else if (next === -1) {
        break;
      } else {
        i++;
      }
    } else if (code === 0x2c || code === 0x3b) {
      if (next === -1) break; // ',' ';'
      i++;
    } else if (code === 0x21) {
      if (next === 0x21) return -1; // a run of '!'
      if (next === -1) break;
      i++;
    } else if (code === 0x3f) {
      if (next === -1 || next === 0x3f) break; // '?'
      i++;
    } else if (code >= 0x80 && (code < 0xd800 || code > 0xdfff) && !isPathTerminator(text, i)) {
      i++; // a letter (or other non-punctuation) of any script
    } else {
      return -1;
    }
  }
  if (i > pathStart + 1) return i;
  return text[pathStart] === '/' ? pathStart + 1 : pathStart;
}
