import { defineDictionary } from './dictionary.ts';

/** The reports page: a printable cluster report. */
export const reportsText = defineDictionary({
  zh: {
    title: '报告',
    explain: '选择集群生成可打印的报告；用浏览器的“打印 → 另存为 PDF”得到 PDF。',
    choose: '选择集群',
    print: '打印 / 另存为 PDF',
    csv: '下载节点表 CSV',
    generated: '生成于 {at}，数据来自产业集群图谱；合成数据已标注。',
    overview: '概况',
    chain: '产业链',
    network: '网络诊断',
    evaluation: '评价',
    node: '环节',
    status: '状态',
    firms: '企业数',
    regions: '地区',
    members: '成员 {n}（合成 {s}）',
    provenance: '来源：{src}',
  },
  en: {
    title: 'Reports',
    explain:
      'Choose a cluster for a printable report; use the browser’s “Print → Save as PDF” for a PDF.',
    choose: 'Choose a cluster',
    print: 'Print / save as PDF',
    csv: 'Download the node table (CSV)',
    generated: 'Generated {at} from Cluster Atlas; synthetic data is marked.',
    overview: 'Overview',
    chain: 'Industry chain',
    network: 'Network diagnostics',
    evaluation: 'Evaluation',
    node: 'Node',
    status: 'Status',
    firms: 'Firms',
    regions: 'Regions',
    members: '{n} members ({s} synthetic)',
    provenance: 'Source: {src}',
  },
});
