import { useState, type FormEvent } from 'react';
import { catalogApi, type OrganizationDetail } from '../api/catalog.ts';
import { catalogText } from '../i18n/catalog.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { MultiPicker, Picker } from './Picker.tsx';
import { OrganizationTagChoices, isTag, type Tag } from './organization/OrganizationTagChoices.tsx';

/** Industry codes typed or picked, split on commas (either width), 、 or spaces. */
const codes = (text: string) =>
  text
    .split(/[,，、\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

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
        industries: codes(industries),
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
        value={codes(industries)}
        onChange={(codes) => setIndustries(codes.join(','))}
        label={tt('industriesComma')}
        testId="edit-industries"
      />
      <OrganizationTagChoices tags={tags} onChange={setTags} />
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
