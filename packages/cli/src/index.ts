// The CLI's own library surface: commands are registered in commands/.
export { commands, type RegisterCommand } from './commands/index.js';
