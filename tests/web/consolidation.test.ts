import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The consolidation section of a cluster's metrics tab in the browser, on
 * the Tangshan steel cluster of the synthetic atlas: today's HHI in points
 * with its unit, a merger picked by the reader shown before and after with
 * the guideline readings in words (no keys), firms' figures withheld from a
 * visitor, in Chinese and English.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('consolidation');
});
afterAll(async () => atlas?.close());

const TANGSHAN = 'cluster-tangshan-steel';
const KEYS =
  /presumed-harmful|no-presumption|concerns-unlikely|further-analysis|us2023|eu2004|yuan10k|\bundefined\b|NaN|\{[a-z]+\}/;

describe('consolidation on the cluster page', () => {
  it('a visitor sees today’s HHI in points and firms’ figures as withheld (zh)', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${TANGSHAN}/metrics`);
    const section = page.getByTestId('consolidation');
    await section.getByTestId('consolidation-profile').waitFor();
    const profile = await section.getByTestId('consolidation-profile').textContent();
    expect(profile).toMatch(/\d+ 点/);
    expect(profile).toMatch(/\d+ 家/);
    const firms = section.getByTestId('consolidation-firms');
    expect(await firms.locator('.restricted').count()).toBeGreaterThan(0);
    expect(await section.textContent()).not.toMatch(KEYS);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an admin merges the first two firms and reads before, after and the guidelines (en)', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en-US' });
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/${TANGSHAN}/metrics`);
    const section = page.getByTestId('consolidation');
    await section.getByTestId('consolidation-firms').waitFor();
    const boxes = section.getByTestId('consolidation-firms').locator('input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await section.getByTestId('simulate-merger').click();
    await section.getByTestId('consolidation-readings').waitFor();
    const profile = await section.getByTestId('consolidation-profile').textContent();
    expect(profile).toContain('Today');
    expect(profile).toContain('After the merger');
    const readings = await section.getByTestId('consolidation-readings').textContent();
    expect(readings).toMatch(/Merger Guidelines \(2023\)/);
    expect(readings).toMatch(/horizontal mergers \(2004\)/);
    expect(await section.textContent()).not.toMatch(KEYS);
    await section.screenshot({ path: '.tmp/web-consolidation.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
