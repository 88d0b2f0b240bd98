import { defineDictionary } from './dictionary.ts';

/** The reports page before a report is chosen: what each report holds and how to make one. */
export const reportsHomeText = defineDictionary({
  zh: {
    clusterTitle: '集群报告',
    clusterHolds:
      '集群概况与成员构成 · 引用的公开事实 · 成员规模与增长 · 产业链各环节状态与卡脖子环节 · 协作网络诊断 · 赛马评价得分与排名',
    regionTitle: '地区报告',
    regionHolds: '地区产业结构 · 区位商与专业化行业 · 区内集群 · 发展机会（关联密度与复杂度）',
    largest: '成员最多的集群',
    members: '{n} 个成员',
    pdf: '打印为 PDF：打开报告后用浏览器的“打印 → 另存为 PDF”；登录的用户另有“下载 PDF”按钮；命令行 atlas report 生成同样的文件。',
    clusterPick: '集群',
    openCluster: '打开集群报告',
  },
  en: {
    clusterTitle: 'Cluster report',
    clusterHolds:
      'The cluster and its members · cited public facts · members’ size and growth · each chain node’s status and choke points · network diagnosis · evaluation scores and rank',
    regionTitle: 'Region report',
    regionHolds:
      'The region’s industry structure · location quotients and specialisations · its clusters · opportunities (relatedness and complexity)',
    largest: 'Clusters with the most members',
    members: '{n|member|members}',
    pdf: 'As PDF: open a report and print it from the browser (“Print → Save as PDF”); signed-in users also have a “Download PDF” button; the atlas report command writes the same file.',
    clusterPick: 'Cluster',
    openCluster: 'Open the cluster report',
  },
});
