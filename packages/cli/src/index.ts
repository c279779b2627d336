// @tamga/cli: the `tamga` command.
export { main } from './main';
export { buildProgram } from './program';
