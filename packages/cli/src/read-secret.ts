// Secrets for automation come from a file or standard input, never from the command line where `ps` shows them.
import { readFileSync } from 'node:fs';

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The lines of standard input, or of a file, without their line ends. */
export async function secretLines(file?: string): Promise<string[]> {
  const text = file && file !== '-' ? readFileSync(file, 'utf8') : await readStdin();
  return text.split(/\r?\n/);
}

export async function readSecret(file?: string): Promise<string> {
  const [first] = await secretLines(file);
  if (!first) throw new Error(file ? `${file} is empty` : 'Nothing on standard input');
  return first;
}
