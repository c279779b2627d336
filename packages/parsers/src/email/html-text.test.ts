import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it('gives one line break for a <br> followed by a source line break (mail HTML writes them in pairs)', () => {
    expect(htmlToText('<TT>one</TT><BR>\n<TT>two</TT><BR>\r\n<TT>three</TT><BR>\n')).toBe('one\ntwo\nthree');
  });

  it('reads source line breaks and runs of whitespace as one space, as a browser does', () => {
    expect(htmlToText('I am talking\nabout   Email\r\n\tnot the <b>Web</b> .')).toBe('I am talking about Email not the Web .');
    expect(htmlToText('a<b> b </b> c')).toBe('a b c');
    expect(htmlToText('  \n lead and trail \n ')).toBe('lead and trail');
  });

  it('keeps <br><br> as a blank line, a paragraph apart by a blank line, and never more than one in a row', () => {
    expect(htmlToText('a<br><br>b')).toBe('a\n\nb');
    expect(htmlToText('<p>a</p>\n<p>b</p>')).toBe('a\n\nb');
    expect(htmlToText('a<BR>\n<BR>\n<BR>\n<P>\nb')).toBe('a\n\nb');
    expect(htmlToText('<br>\n<br>\nfirst')).toBe('first');
  });

  it('keeps lines free of leading and trailing spaces', () => {
    expect(htmlToText('one  <BR>  two <br>\n three')).toBe('one\ntwo\nthree');
  });

  it('keeps <pre> content as written, less the line break that opens it', () => {
    expect(htmlToText('<p>code:</p><pre>\n  if (a)\n    b();\n</pre>after')).toBe('code:\n\n  if (a)\n    b();\nafter');
    expect(htmlToText('<pre>  indented</pre>')).toBe('  indented');
  });

  it('decodes entities, a decoded line break or space being whitespace like any other', () => {
    expect(htmlToText('&gt;&gt; a&nbsp;&amp;&#10;b &lt;c&gt;')).toBe('>> a & b <c>');
  });

  it('skips scripts, styles, the head and comments, and keeps an unclosed < as text', () => {
    expect(htmlToText('<head><title>t</title></head><style>p{}</style>a<!-- x\ny -->b<script>1<2</script> c < d')).toBe('ab c < d');
  });
});
