// RFC 6962 Merkle tree hashing over ledger event hashes, kept as a frontier so each checkpoint costs O(new events).
import { hash } from 'node:crypto';

// Hashes are 64 hex digits; a leaf hashes 0x00 and one, a node 0x01 and two (RFC 6962 §2.1).
const LEAF = Buffer.alloc(33);
const NODE = Buffer.alloc(65);
LEAF[0] = 0;
NODE[0] = 1;

function hexInto(target: Buffer, offset: number, hex: string): void {
  if (hex.length !== 64 || target.write(hex, offset, 'hex') !== 32) throw new TypeError(`not a SHA-256 hash in hex: ${hex}`);
}

export function leafHash(eventHashHex: string): string {
  hexInto(LEAF, 1, eventHashHex);
  return hash('sha256', LEAF, 'hex');
}

export function nodeHash(leftHex: string, rightHex: string): string {
  hexInto(NODE, 1, leftHex);
  hexInto(NODE, 33, rightHex);
  return hash('sha256', NODE, 'hex');
}

export const EMPTY_TREE_ROOT = hash('sha256', Buffer.alloc(0), 'hex');

/** Perfect subtrees with their sizes; sizes are distinct powers of two, descending. */
export interface Frontier {
  size: number;
  nodes: string[];
}

export function emptyFrontier(): Frontier {
  return { size: 0, nodes: [] };
}

/** Restores a frontier from its node list and tree size (the sizes follow from the binary form of size). */
export function frontierOf(size: number, nodes: string[]): Frontier {
  return { size, nodes: [...nodes] };
}

export function appendLeaf(frontier: Frontier, eventHashHex: string): Frontier {
  const nodes = [...frontier.nodes];
  let node = leafHash(eventHashHex);
  // Each trailing 1 bit of the old size is a subtree of equal size to merge with, as in binary addition.
  let size = frontier.size;
  while (size & 1) {
    node = nodeHash(nodes.pop() as string, node);
    size >>>= 1;
  }
  nodes.push(node);
  return { size: frontier.size + 1, nodes };
}

/** MTH of the whole tree: fold the subtrees right to left, which is RFC 6962's split at the largest power of two. */
export function frontierRoot(frontier: Frontier): string {
  if (frontier.nodes.length === 0) return EMPTY_TREE_ROOT;
  let root = frontier.nodes[frontier.nodes.length - 1] as string;
  for (let i = frontier.nodes.length - 2; i >= 0; i--) root = nodeHash(frontier.nodes[i] as string, root);
  return root;
}

/** Straight from the RFC's recursive definition; for tests and small trees. */
export function merkleRoot(eventHashes: readonly string[]): string {
  if (eventHashes.length === 0) return EMPTY_TREE_ROOT;
  if (eventHashes.length === 1) return leafHash(eventHashes[0] as string);
  let k = 1;
  while (k * 2 < eventHashes.length) k *= 2;
  return nodeHash(merkleRoot(eventHashes.slice(0, k)), merkleRoot(eventHashes.slice(k)));
}
