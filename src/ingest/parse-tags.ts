import { OrganizationTag } from '../core/model/organization.ts';
import { toHalfWidth } from './text.ts';

type Tag = (typeof OrganizationTag.options)[number];

/** Words for each tag, Chinese and English; compared without spaces, _, -, quotes, case. */
const TAG_WORDS: Record<Tag, string[]> = {
  chain_leader: [
    '链主',
    '链主企业',
    '龙头企业',
    '龙头',
    '链长企业',
    'chain leader',
    'chain_leader',
    'leader',
    'anchor firm',
  ],
  single_champion: [
    '单项冠军',
    '制造业单项冠军',
    '单项冠军企业',
    '单项冠军示范企业',
    '单项冠军产品',
    'single champion',
    'single_champion',
    'champion',
  ],
  little_giant: [
    '小巨人',
    '专精特新小巨人',
    '专精特新小巨人企业',
    '国家级专精特新小巨人',
    '小巨人企业',
    'little giant',
    'little_giant',
  ],
  specialised_sme: [
    '专精特新',
    '专精特新企业',
    '专精特新中小企业',
    '省级专精特新',
    '专精特新中小',
    'specialised sme',
    'specialized sme',
    'specialised_sme',
    'srdi',
    'srdi sme',
  ],
  high_tech: [
    '高新技术企业',
    '高新企业',
    '高新',
    '高企',
    '国家高新技术企业',
    'high tech',
    'high-tech',
    'high_tech',
    'hnte',
  ],
  listed: ['上市', '上市公司', '上市企业', 'listed', 'listed company', 'public'],
};

const key = (s: string): string =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s_\-"'“”‘’「」『』]+/g, '');

const TAG_BY_KEY = new Map<string, Tag>();
for (const [tag, words] of Object.entries(TAG_WORDS) as [Tag, string[]][]) {
  for (const w of words) TAG_BY_KEY.set(key(w), tag);
}

/**
 * Tags from a cell: parts separated by ; , 、 | / or spaces. A part is first
 * matched whole ("chain leader"), then word by word. Returns the tags (no
 * duplicates, in order) and the parts no tag matched.
 */
export function parseTags(cell: string): { tags: Tag[]; unknown: string[] } {
  const tags: Tag[] = [];
  const unknown: string[] = [];
  const add = (t: Tag): void => {
    if (!tags.includes(t)) tags.push(t);
  };
  for (const part of toHalfWidth(cell).split(/[;,、|/\n\r]+/)) {
    if (part.trim() === '') continue;
    const whole = TAG_BY_KEY.get(key(part));
    if (whole) {
      add(whole);
      continue;
    }
    for (const word of part.split(/\s+/)) {
      if (word === '') continue;
      const t = TAG_BY_KEY.get(key(word));
      if (t) add(t);
      else unknown.push(word);
    }
  }
  return { tags, unknown };
}

export const TAG_HELP = Object.entries(TAG_WORDS)
  .map(([t, w]) => `${t} (${w[0]})`)
  .join(', ');
