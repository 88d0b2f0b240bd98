import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import { Organization } from '../../core/model/organization.ts';
import type { OrganizationEdit } from '../../contract/organizations.ts';
import type { Duck } from '../../store/duck.ts';
import { loadOrganizations, writeOrganizations } from '../../store/organizations.ts';

const nullToUndefined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/**
 * Changes an organisation by hand (the organisation editor): the edit is
 * merged into the stored record, validated by the same schema as an import
 * (USCC checksum, kinds, tags), and written in one transaction. The record's
 * provenance becomes a manual entry by the editor, verified by a person; it
 * is no longer synthetic only if it was not before (an edited synthetic
 * record stays marked synthetic).
 */
export async function editOrganization(
  db: Duck,
  id: string,
  edit: OrganizationEdit,
  by: Viewer,
): Promise<Organization> {
  return db.transaction(async (tx) => {
    const [old] = await loadOrganizations(tx, [id]);
    if (!old) throw new AtlasError('ATLAS_E_NOT_FOUND', `no organization with id ${id}`, { id });
    const merged = {
      ...old,
      ...(edit.name !== undefined ? { name: edit.name } : {}),
      ...(edit.nameEn !== undefined ? { nameEn: nullToUndefined(edit.nameEn) } : {}),
      ...(edit.uscc !== undefined ? { uscc: nullToUndefined(edit.uscc) } : {}),
      ...(edit.kind !== undefined ? { kind: edit.kind } : {}),
      ...(edit.region !== undefined ? { region: nullToUndefined(edit.region) } : {}),
      ...(edit.address !== undefined ? { address: nullToUndefined(edit.address) } : {}),
      ...(edit.industries !== undefined ? { industries: edit.industries } : {}),
      ...(edit.tags !== undefined ? { tags: edit.tags } : {}),
      provenance: {
        ...old.provenance,
        source: `edited by ${by.user ?? by.role}`,
        method: 'manual' as const,
        year: new Date().getFullYear(),
        loadedAt: new Date().toISOString().slice(0, 10),
        verified: true,
        confidence: 1,
      },
    };
    const parsed = Organization.safeParse(merged);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AtlasError('ATLAS_E_BAD_VALUE', `${issue.path.join('.')}: ${issue.message}`, {
        field: issue.path.join('.'),
        issues: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      });
    }
    if (parsed.data.region) {
      const r = await tx.all(`SELECT code FROM regions WHERE code = $c`, { c: parsed.data.region });
      if (r.length === 0)
        throw new AtlasError(
          'ATLAS_E_BAD_VALUE',
          `region ${parsed.data.region} is not a GB/T 2260 code`,
          {
            field: 'region',
          },
        );
    }
    await writeOrganizations(tx, [parsed.data], {
      by: by.user ?? by.role,
      source: 'edited by hand',
    });
    return parsed.data;
  });
}
