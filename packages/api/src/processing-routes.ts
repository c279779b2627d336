// The routes of processing and artefacts, part of the routes table in routes.ts.
import { z } from 'zod';
import { Id } from './common-schemas';
import {
  ArtifactDetail,
  ArtifactPage,
  ArtifactQuery,
  ChooseReadingBody,
  ItemProcessing,
  ParserInfo,
  ProcessingSummary,
  RequestProcessingBody,
} from './processing-schemas';
import { route } from './route';

const CaseParams = z.object({ caseId: Id }).strict();
const ArtifactParams = z.object({ caseId: Id, artifactId: Id }).strict();
const ItemParams = z.object({ caseId: Id, itemId: Id }).strict();

export const processingRoutes = {
  processingSummary: route({
    method: 'GET',
    path: '/api/cases/:caseId/processing',
    summary: 'Where processing of a case stands: counts per status, failed and skipped items with reasons',
    tag: 'processing',
    params: CaseParams,
    response: ProcessingSummary,
  }),
  requestProcessing: route({
    method: 'POST',
    path: '/api/cases/:caseId/processing',
    summary:
      'Queue the items not yet processed, or all again (reprocess), or those of one parser, or those an earlier parser version read (outdated, which also analyses again the items earlier entity rules analysed)',
    tag: 'processing',
    status: 202,
    params: CaseParams,
    body: RequestProcessingBody,
    response: z.object({ queued: z.number().int(), reanalysed: z.number().int() }),
  }),
  listParsers: route({
    method: 'GET',
    path: '/api/parsers',
    summary: 'The parsers this server has, with the choices an investigator may make about how each reads an item',
    tag: 'processing',
    response: z.object({ parsers: z.array(ParserInfo) }),
  }),
  chooseReading: route({
    method: 'PUT',
    path: '/api/cases/:caseId/evidence/:itemId/reading',
    summary: "Choose how one item is read where its bytes leave it open (a WhatsApp chat's date order); it is read again",
    tag: 'processing',
    status: 202,
    params: ItemParams,
    body: ChooseReadingBody,
    response: ItemProcessing,
  }),
  listArtifacts: route({
    method: 'GET',
    path: '/api/cases/:caseId/artifacts',
    summary: 'Artefacts of a case in time order, filtered by type, item, parser and time',
    tag: 'processing',
    params: CaseParams,
    query: ArtifactQuery,
    response: ArtifactPage,
  }),
  getArtifact: route({
    method: 'GET',
    path: '/api/cases/:caseId/artifacts/:artifactId',
    summary: 'One artefact with its provenance (bytes at /bytes?justification=…)',
    tag: 'processing',
    params: ArtifactParams,
    response: ArtifactDetail,
  }),
};
