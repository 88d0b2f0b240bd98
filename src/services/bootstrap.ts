import type { AtlasWarning } from '../core/errors.ts';
import type { Duck } from '../store/duck.ts';

/**
 * Loads the default data set into an empty database. Placeholder: does
 * nothing until the default data lands (the lead replaces this body).
 */
export async function bootstrap(_db: Duck): Promise<{ loaded: boolean; warnings: AtlasWarning[] }> {
  return { loaded: false, warnings: [] };
}
