import type { ChainTemplate, ChainTemplateInput } from '../../src/core/model/chain-template.ts';
import { ChainTemplate as Schema } from '../../src/core/model/chain-template.ts';

/** A four-node toy chain: steel → valve → machine, with a support node; hydraulics groups valve. */
export function toyInput(): ChainTemplateInput {
  return {
    id: 'toy',
    nameZh: '玩具链',
    nameEn: 'Toy chain',
    version: '1.0.0',
    sources: [
      { id: 'seed-004', citation: 'seed 004', verified: true },
      { id: 'general', citation: 'general industry knowledge, unverified', verified: false },
    ],
    nodes: [
      {
        id: 'steel',
        nameZh: '钢材',
        nameEn: 'Steel',
        stage: 'upstream',
        fourBases: 'key_materials',
        industries: ['3130'],
        keywords: ['钢材'],
        source: 'general',
        verified: false,
      },
      {
        id: 'hydraulics',
        nameZh: '液压件',
        nameEn: 'Hydraulics',
        stage: 'midstream',
        fourBases: 'core_components',
        keywords: ['液压件'],
        source: 'seed-004',
        verified: true,
      },
      {
        id: 'valve',
        nameZh: '多路阀',
        nameEn: 'Valves',
        stage: 'midstream',
        parent: 'hydraulics',
        fourBases: 'core_components',
        industries: ['3443'],
        keywords: ['多路阀', '阀'],
        source: 'seed-004',
        verified: true,
        critical: { reason: 'core part', source: 'seed-004', verified: true },
      },
      {
        id: 'cylinder',
        nameZh: '油缸',
        nameEn: 'Cylinders',
        stage: 'midstream',
        parent: 'hydraulics',
        fourBases: 'core_components',
        industries: ['3444'],
        keywords: ['油缸', '液压缸'],
        source: 'seed-004',
        verified: true,
      },
      {
        id: 'machine',
        nameZh: '主机',
        nameEn: 'Machines',
        stage: 'downstream',
        industries: ['3514', '344'],
        keywords: ['挖掘机', '汽车发动机'],
        source: 'seed-004',
        verified: true,
      },
      {
        id: 'engine',
        nameZh: '发动机',
        nameEn: 'Engines',
        stage: 'midstream',
        industries: ['34'],
        keywords: ['发动机', 'EDA'],
        source: 'general',
        verified: false,
      },
      {
        id: 'testing',
        nameZh: '检测',
        nameEn: 'Testing',
        stage: 'support',
        industries: ['7452'],
        keywords: ['检测'],
        source: 'general',
        verified: false,
      },
    ],
    edges: [
      { from: 'steel', to: 'cylinder', source: 'general', verified: false },
      { from: 'valve', to: 'machine', source: 'seed-004', verified: true },
      { from: 'cylinder', to: 'machine', source: 'seed-004', verified: true },
      { from: 'engine', to: 'machine', source: 'general', verified: false },
      { from: 'testing', to: 'machine', source: 'general', verified: false },
    ],
  };
}

export function toy(): ChainTemplate {
  return Schema.parse(toyInput());
}
