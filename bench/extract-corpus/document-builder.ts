// Assembles one bench/extract document from text and pieces, moving each piece's labels and decoys to their UTF-16
// offsets in the document.
import { type Decoy, type Label, type Piece } from './piece';

export class DocumentBuilder {
  private parts: string[] = [];
  length = 0;
  readonly labels: Label[] = [];
  readonly decoys: Decoy[] = [];

  text(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  piece(p: Piece): void {
    for (const [type, value, at] of p.labels) this.labels.push([type, value, this.length + at]);
    if (p.decoy) this.decoys.push([p.decoy.type, p.raw, this.length, p.decoy.kind]);
    this.text(p.raw);
  }

  /** A carrier phrase with the piece in place of `{}`. */
  carried(template: string, p: Piece): void {
    const at = template.indexOf('{}');
    this.text(template.slice(0, at));
    this.piece(p);
    this.text(template.slice(at + 2));
  }

  build(): string {
    return this.parts.join('');
  }
}
