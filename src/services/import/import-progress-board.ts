import { createHash } from 'node:crypto';
import { AtlasError } from '../../core/errors.ts';
import type { OnProgress, ProgressStage } from '../../ingest/progress.ts';

/** What an upload is doing: its bytes still arriving (or queued), then the import's stages. */
export type ImportPhase = 'receive' | ProgressStage | 'done';

/** An upload's progress as the web shows it. */
export interface ImportProgressState {
  phase: ImportPhase;
  rowsRead: number;
  rowsChecked: number;
  rowsWritten: number;
  /** Rows in the file, once a stage has said; null before. */
  rowsTotal: number | null;
  /** In the current stage; null until rows are done in it. */
  rowsPerSecond: number | null;
  /** Of the current stage, at its rate so far; null without a rate. */
  secondsLeft: number | null;
}

/** A token the client makes up for its upload: 16–64 URL-safe characters. */
export const PROGRESS_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** Uploads tracked at once at most; beyond it an upload runs untracked (no progress, no error). */
const MAX_TRACKED = 256;

/**
 * An answered upload still reads 'done' this long: a question already on its
 * way when the answer lands must not meet a 404 (which a browser logs as a
 * failed request).
 */
export const DONE_KEPT_MS = 30_000;

interface Entry {
  owner: string;
  phase: ImportPhase;
  done: Record<ProgressStage, number>;
  /** Rows in the file. */
  total: number | null;
  /** Rows the current stage goes through (the write's: the records it writes). */
  stageTotal: number | null;
  phaseStarted: number;
  /** When the upload was answered; null while it runs. */
  finishedAt: number | null;
}

/** The session's token is kept only as a digest: the board never holds a usable credential. */
function ownerOf(session: string): string {
  return createHash('sha256').update(session).digest('hex');
}

/**
 * The progress of the uploads running now, in memory, keyed by a token the
 * uploading client makes up and sends with its upload, readable only by the
 * session that sent it. An entry lives from the upload's arrival to its
 * answer, then reads 'done' for DONE_KEPT_MS; after that the token is unknown
 * again. One board per server.
 */
export class ImportProgressBoard {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Tracks an upload; false when not tracked (a bad or taken token, or the board is full). */
  start(token: string, session: string): boolean {
    this.forgetAnswered();
    if (!PROGRESS_TOKEN.test(token) || this.entries.has(token)) return false;
    if (this.entries.size >= MAX_TRACKED) return false;
    this.entries.set(token, {
      owner: ownerOf(session),
      phase: 'receive',
      done: { read: 0, check: 0, write: 0 },
      total: null,
      stageTotal: null,
      phaseStarted: this.now(),
      finishedAt: null,
    });
    return true;
  }

  /** The import's progress callback for a tracked upload (a no-op once finished). */
  reporter(token: string): OnProgress {
    return (done, total, stage = 'check') => {
      const e = this.entries.get(token);
      if (e && e.finishedAt === null) this.advance(e, done, total, stage);
    };
  }

  /** The upload is answered: its token reads 'done' for a while, then is forgotten. */
  finish(token: string): void {
    const e = this.entries.get(token);
    if (!e) return;
    e.phase = 'done';
    e.finishedAt = this.now();
  }

  /** The upload's progress, for the session that sent it only. */
  read(token: string, session: string | null): ImportProgressState {
    this.forgetAnswered();
    const e = this.entries.get(token);
    if (!e)
      throw new AtlasError('ATLAS_E_NOT_FOUND', 'no upload is running with this progress token', {
        token,
      });
    if (session === null || ownerOf(session) !== e.owner)
      throw new AtlasError(
        'ATLAS_E_FORBIDDEN',
        'only the session that sent an upload sees its progress',
      );
    return this.state(e);
  }

  /** Uploads tracked now, running or lately answered (tests). */
  get size(): number {
    return this.entries.size;
  }

  /** Uploads answered over DONE_KEPT_MS ago are forgotten. */
  private forgetAnswered(): void {
    const now = this.now();
    for (const [token, e] of this.entries)
      if (e.finishedAt !== null && now - e.finishedAt > DONE_KEPT_MS) this.entries.delete(token);
  }

  private advance(e: Entry, done: number, total: number, stage: ProgressStage): void {
    if (stage !== e.phase) {
      e.phase = stage;
      e.phaseStarted = this.now();
      // Checks start on rows read in full, writes on rows checked in full.
      if (stage === 'check' || stage === 'write') e.done.read = Math.max(e.done.read, total);
      if (stage === 'write') e.done.check = Math.max(e.done.check, e.done.read);
    }
    e.done[stage] = Math.max(e.done[stage], done);
    e.stageTotal = total;
    if (stage !== 'write' || e.total === null) e.total = total;
  }

  private state(e: Entry): ImportProgressState {
    const stage = e.phase === 'receive' || e.phase === 'done' ? null : e.phase;
    const done = stage ? e.done[stage] : 0;
    const seconds = (this.now() - e.phaseStarted) / 1000;
    const rate = stage && done > 0 && seconds > 0 ? done / seconds : null;
    const total = e.stageTotal;
    return {
      phase: e.phase,
      rowsRead: e.done.read,
      rowsChecked: e.done.check,
      rowsWritten: e.done.write,
      rowsTotal: e.total,
      rowsPerSecond: rate === null ? null : Math.round(rate),
      secondsLeft:
        e.phase === 'done'
          ? 0
          : rate === null || total === null
            ? null
            : Math.ceil(Math.max(0, total - done) / rate),
    };
  }
}
