import { useState, type FormEvent } from 'react';
import { catalogApi, type OrganizationDetail, type OrganizationEdit } from '../api/catalog.ts';
import { catalogText } from '../i18n/catalog.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { MultiPicker, Picker } from './Picker.tsx';

const TAGS = [
  'chain_leader',
  'single_champion',
  'little_giant',
  'specialised_sme',
  'high_tech',
  'listed',
] as const satisfies readonly NonNullable<OrganizationEdit['tags']>[number][];
type Tag = (typeof TAGS)[number];
const isTag = (t: string): t is Tag => (TAGS as readonly string[]).includes(t);

/**
 * The organisation editor (analysts): names, address, region, industries,
 * tags. The server validates like an import; what the person typed stays
 * in the form when it refuses.
 */
export function OrganizationEditor(props: {
  org: OrganizationDetail;
  onSaved: (o: OrganizationDetail) => void;
  onCancel: () => void;
}) {
  const tt = useDictionary(catalogText);
  const o = props.org;
  const [name, setName] = useState(o.name);
  const [nameEn, setNameEn] = useState(o.nameEn ?? '');
  const [address, setAddress] = useState(o.address ?? '');
  const [region, setRegion] = useState(o.region ?? '');
  const [industries, setIndustries] = useState(o.industries.join(', '));
  const [tags, setTags] = useState<Tag[]>(o.tags.filter(isTag));
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    catalogApi
      .editOrganization(o.id, {
        name,
        nameEn: nameEn || null,
        address: address || null,
        region: region || null,
        industries: industries
          .split(/[,，、\s]+/)
          .map((x) => x.trim())
          .filter(Boolean),
        tags,
      })
      .then(props.onSaved, (err: Error) => setError(err.message));
  };
  return (
    <form className="org-editor" onSubmit={submit} data-testid="org-editor">
      <label>
        {tt('nameZh')}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {tt('nameEn')}
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </label>
      <label>
        {tt('address')}
        <input
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          data-testid="edit-address"
        />
      </label>
      <Picker
        types={['region']}
        value={region}
        onChange={(id) => setRegion(id)}
        label={tt('regionCode')}
        testId="edit-region"
      />
      <MultiPicker
        types={['industry']}
        value={industries
          .split(/[,，、\s]+/)
          .map((x) => x.trim())
          .filter(Boolean)}
        onChange={(codes) => setIndustries(codes.join(','))}
        label={tt('industriesComma')}
        testId="edit-industries"
      />
      <fieldset>
        <legend>{tt('tags')}</legend>
        {TAGS.map((tag) => (
          <label key={tag} className="inline">
            <input
              type="checkbox"
              checked={tags.includes(tag)}
              onChange={(e) =>
                setTags(e.target.checked ? [...tags, tag] : tags.filter((x) => x !== tag))
              }
            />{' '}
            {tag}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="sign-in-buttons">
        <button type="submit" data-testid="edit-save">
          {tt('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {tt('cancel')}
        </button>
      </div>
    </form>
  );
}
