import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** A DuckDB instance and what closing it must also remove. */
export interface OpenedInstance {
  instance: DuckDBInstance;
  /** Closes the instance and removes its own spill directory, if it has one. */
  close(): void;
}

/**
 * Opens a DuckDB instance. An in-memory database spills to `.tmp` in the
 * working directory by default, under file names that are not unique to a
 * process: two processes spilling at once (tests in parallel, two imports)
 * read each other's blocks ("Could not read enough bytes"). Each in-memory
 * instance gets a directory of its own under the system's temporary folder,
 * removed when it closes. A database file spills beside itself (`<file>.tmp`).
 */
export async function openInstance(path: string): Promise<OpenedInstance> {
  const inMemory = path === ':memory:' || path === '';
  const spill = inMemory ? mkdtempSync(join(tmpdir(), 'atlas-duckdb-')) : undefined;
  try {
    const instance = await DuckDBInstance.create(
      path,
      spill ? { temp_directory: spill } : undefined,
    );
    return {
      instance,
      close() {
        instance.closeSync();
        if (spill) rmSync(spill, { recursive: true, force: true });
      },
    };
  } catch (e) {
    if (spill) rmSync(spill, { recursive: true, force: true });
    throw e;
  }
}
