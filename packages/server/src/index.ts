// @tamga/server: the composition root, the HTTP application and its start-up.
export { buildApp } from './app';
export { initialise } from './bootstrap';
export { loadConfig, type ServerConfig } from './config';
export { createContext, signingKeyPath, systemClock, type AppContext } from './context';
export { startServer, type RunningServer } from './main';
export { VERSION } from './version';
export { injectFetch } from './inject-fetch';
export { custodyReportHtml } from './reports/custody-report-html';
export { startWorker, jobHandlers, groupHandlers, type RunningWorker } from './worker/worker';
export { parseServices } from './config';
export { bankSourceFromPath } from './hash-bank-source';
export { letterRenderer } from './letters/letter-renderer';
