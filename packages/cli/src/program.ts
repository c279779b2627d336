// The `tamga` command line: global options and every command.
import { Command } from 'commander';
import { registerAuthCommands } from './commands/auth-commands';
import { registerCaseCommands } from './commands/case-commands';
import { registerInstanceCommands } from './commands/instance-commands';
import { registerLedgerCommands } from './commands/ledger-commands';
import { registerUserCommands } from './commands/user-commands';
import { registerEvidenceCommands } from './commands/evidence-commands';
import { registerIngestCommand } from './commands/ingest-command';
import { registerAnalysisCommands } from './commands/analysis-commands';
import { registerProcessingCommands } from './commands/processing-commands';
import { registerBankCommands } from './commands/bank-commands';
import { registerRequestCommands } from './commands/request-commands';

export function buildProgram(version: string): Command {
  const program = new Command('tamga')
    .description('Tamga: evidence, custody and analysis for investigators of cybercrime')
    .version(version)
    .option('--data-dir <dir>', 'local mode: the data folder (default TAMGA_DATA_DIR or ./data)')
    .option('--as <username>', 'local mode: act as this existing user (every action is recorded under them)')
    .option('--server <url>', 'remote mode: the Tamga server (token from tamga login)')
    .option('--json', 'print machine-readable JSON');
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: true });
  registerInstanceCommands(program);
  registerUserCommands(program);
  registerCaseCommands(program);
  registerAuthCommands(program);
  registerIngestCommand(program);
  registerEvidenceCommands(program);
  registerProcessingCommands(program);
  registerAnalysisCommands(program);
  registerBankCommands(program);
  registerRequestCommands(program);
  registerLedgerCommands(program);
  return program;
}
