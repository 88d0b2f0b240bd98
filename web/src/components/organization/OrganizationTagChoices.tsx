import type { OrganizationEdit } from '../../api/catalog.ts';
import { catalogText } from '../../i18n/catalog.ts';
import { useDictionary } from '../../i18n/dictionary.ts';

const TAGS = [
  'chain_leader',
  'single_champion',
  'little_giant',
  'specialised_sme',
  'high_tech',
  'listed',
] as const satisfies readonly NonNullable<OrganizationEdit['tags']>[number][];
export type Tag = (typeof TAGS)[number];
/** Whether a stored tag is one the editor offers (others are left out of the form). */
export const isTag = (t: string): t is Tag => (TAGS as readonly string[]).includes(t);

/** The organisation's tags as checkboxes (链主, 单项冠军, 小巨人 …). */
export function OrganizationTagChoices(props: { tags: Tag[]; onChange: (tags: Tag[]) => void }) {
  const tt = useDictionary(catalogText);
  const { tags } = props;
  return (
    <fieldset>
      <legend>{tt('tags')}</legend>
      {TAGS.map((tag) => (
        <label key={tag} className="inline">
          <input
            type="checkbox"
            checked={tags.includes(tag)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...tags, tag] : tags.filter((x) => x !== tag))
            }
          />{' '}
          {tag}
        </label>
      ))}
    </fieldset>
  );
}
