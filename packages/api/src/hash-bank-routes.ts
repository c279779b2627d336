// The routes of hash banks and matching: banks (admin changes them), imports of finished uploads, a case's
// matches and hash export, and the protected viewer (blurred placeholder, justified reveal).
import { z } from 'zod';
import { Id } from './common-schemas';
import {
  BankImportResult,
  CaseHashExport,
  CaseMatches,
  CaseMatchesQuery,
  CreateBankBody,
  HashBank,
  HashMatch,
  ImportBankUploadBody,
  ItemHashFlags,
  PreviewImage,
  RevealBody,
  RevealedImage,
  SetBankEnabledBody,
} from './hash-bank-schemas';
import { route } from './route';

const BankParams = z.object({ bankId: Id }).strict();
const CaseParams = z.object({ caseId: Id }).strict();
const ItemParams = z.object({ caseId: Id, itemId: Id }).strict();

export const hashBankRoutes = {
  listBanks: route({
    method: 'GET',
    path: '/api/hash-banks',
    summary: 'Every hash bank with its meaning, source, licence, version and entry counts (never the entries)',
    tag: 'hash-banks',
    response: z.object({ banks: z.array(HashBank) }),
  }),
  createBank: route({
    method: 'POST',
    path: '/api/hash-banks',
    summary: 'Create a named hash bank (admin); a ledger event',
    tag: 'hash-banks',
    status: 201,
    body: CreateBankBody,
    response: HashBank,
  }),
  getBank: route({
    method: 'GET',
    path: '/api/hash-banks/:bankId',
    summary: 'One hash bank (by id or name)',
    tag: 'hash-banks',
    params: BankParams,
    response: HashBank,
  }),
  setBankEnabled: route({
    method: 'POST',
    path: '/api/hash-banks/:bankId/enabled',
    summary: 'Enable or disable a bank (admin); enabling matches every case again; a ledger event',
    tag: 'hash-banks',
    params: BankParams,
    body: SetBankEnabledBody,
    response: HashBank,
  }),
  importBankUpload: route({
    method: 'POST',
    path: '/api/hash-banks/:bankId/imports',
    summary: 'Import a finished tus upload (plain list, CSV or NSRL RDS v3) into a bank as its next version (admin)',
    tag: 'hash-banks',
    status: 201,
    params: BankParams,
    body: ImportBankUploadBody,
    response: BankImportResult,
  }),
  caseMatches: route({
    method: 'GET',
    path: '/api/cases/:caseId/matches',
    summary: 'What matched the banks in a case: matches, a flag per item (protected, low priority) and counts',
    tag: 'hash-banks',
    params: CaseParams,
    query: CaseMatchesQuery,
    response: CaseMatches,
  }),
  artifactMatches: route({
    method: 'GET',
    path: '/api/cases/:caseId/artifacts/:artifactId/matches',
    summary: 'The bank matches of the item an artefact was read from',
    tag: 'hash-banks',
    params: z.object({ caseId: Id, artifactId: Id }).strict(),
    response: z.object({ itemId: z.string(), flags: ItemHashFlags, matches: z.array(HashMatch) }),
  }),
  rematchCase: route({
    method: 'POST',
    path: '/api/cases/:caseId/matches/rematch',
    summary: 'Match every item of the case against the enabled banks again',
    tag: 'hash-banks',
    status: 202,
    params: CaseParams,
    response: z.object({ queued: z.number().int() }),
  }),
  exportCaseHashes: route({
    method: 'GET',
    path: '/api/cases/:caseId/hash-export',
    summary: "The case's own hashes (MD5, SHA-1, SHA-256, PDQ) as a bank CSV for partners; a ledger event",
    tag: 'hash-banks',
    params: CaseParams,
    query: z.object({ purpose: z.string().max(2000).optional() }).strict(),
    response: CaseHashExport,
  }),
  imagePlaceholder: route({
    method: 'GET',
    path: '/api/cases/:caseId/evidence/:itemId/placeholder',
    summary: 'A small, heavily blurred preview of an image item, shown in place of a flagged image',
    tag: 'hash-banks',
    params: ItemParams,
    response: z.object({ itemId: z.string(), flags: ItemHashFlags, image: PreviewImage }),
  }),
  revealImage: route({
    method: 'POST',
    path: '/api/cases/:caseId/evidence/:itemId/reveal',
    summary:
      'Show an image item; a flagged known-illegal or terrorist one needs an entitled role, contribute access and a justification; an access event',
    tag: 'hash-banks',
    params: ItemParams,
    body: RevealBody,
    response: RevealedImage,
  }),
};
