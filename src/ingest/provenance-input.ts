import type { z } from 'zod';
import type { Provenance } from '../core/model/provenance.ts';

/** Provenance as a caller writes it (defaults not yet applied). */
export type ProvenanceInput = z.input<typeof Provenance>;
