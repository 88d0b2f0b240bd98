import { Command, CommanderError } from 'commander';
import { AtlasError, isAtlasError } from '../core/errors.ts';
import { soloCommands } from './commands/solo-commands.ts';
import { say } from './output.ts';

/** The program with every command, or only the one `argv` names when it can load alone. */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('atlas')
    .description(
      'Cluster Atlas (产业集群图谱): map, measure, judge and strengthen industrial clusters',
    )
    .version(process.env.npm_package_version ?? '0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError();
  const solo = Object.hasOwn(soloCommands, argv[0] ?? '') ? soloCommands[argv[0]] : undefined;
  const registers = solo ? [await solo()] : (await import('./commands/index.ts')).commands;
  for (const register of registers) register(program);
  return program;
}

/** Runs the CLI; returns the exit code. Errors become one line and a hint. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const err = isAtlasError(e)
      ? e
      : new AtlasError('ATLAS_E_INTERNAL', e instanceof Error ? e.message : String(e));
    say(`error ${err.code}: ${err.message}`);
    const details = err.details;
    if (Array.isArray(details.rows)) {
      for (const r of details.rows.slice(0, 20)) say(`  ${formatRowIssue(r as RowIssueLike)}`);
      if (details.rows.length > 20) say(`  … and ${details.rows.length - 20} more`);
    }
    say(`hint: ${err.hint}`);
    return err.status >= 500 ? 2 : 1;
  }
}

interface RowIssueLike {
  file?: string;
  row?: number;
  column?: string;
  value?: unknown;
  reason?: string;
}

function formatRowIssue(r: RowIssueLike): string {
  const where = [
    r.file,
    r.row !== undefined ? `row ${r.row}` : '',
    r.column ? `column ${r.column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${r.reason ?? ''}${r.value !== undefined ? ` (value: ${JSON.stringify(r.value)})` : ''}`;
}
