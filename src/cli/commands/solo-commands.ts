import type { Command } from 'commander';

/**
 * Commands loaded alone when the command line names them: a command module
 * pulls in only its own services, while the whole command list loads every
 * service of the product (Excel, Parquet, Chromium, the web server: about a
 * second before the first byte of input is read). The full list
 * (commands/index.ts) still serves `atlas --help` and every other command.
 */
export const soloCommands: Record<string, () => Promise<(program: Command) => void>> = {
  metric: async () => (await import('./metric.ts')).registerMetric,
  graph: async () => (await import('./graph.ts')).registerGraph,
  detect: async () => (await import('./detect.ts')).registerDetect,
};
