import { describe, expect, it } from 'vitest';
import { axisIndustryName } from '../../web/src/industry-label.ts';

/** A chart axis names industries apart: English titles lose their shared lead words before the cut. */
describe('axisIndustryName', () => {
  it('keeps what tells two English titles apart', () => {
    const a = axisIndustryName('en', '35', 'Manufacture of Special Purpose Machinery', 16);
    const b = axisIndustryName('en', '38', 'Manufacture of Electrical Machinery and Apparatus', 16);
    expect(a).toBe('35 Special Purpose Machine…');
    expect(b.startsWith('38 Electrical Machinery')).toBe(true);
    expect(a.length).toBeLessThanOrEqual(27);
  });

  it('cuts Chinese at the given number of characters, and leaves a short name whole', () => {
    expect(axisIndustryName('zh-CN', '35', '专用设备制造业', 16)).toBe('35 专用设备制造业');
    expect(axisIndustryName('zh-CN', '39', '计算机、通信和其他电子设备制造业', 12)).toBe(
      '39 计算机、通信和其…',
    );
    expect(axisIndustryName('en', '54', 'Road Transport', 16)).toBe('54 Road Transport');
  });
});
