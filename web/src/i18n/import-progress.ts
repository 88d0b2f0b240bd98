import { defineDictionary } from './dictionary.ts';

/** The import page's progress bar: what the upload is doing, its counts, rate and time left. */
export const importProgressText = defineDictionary({
  zh: {
    label: '导入进度',
    'phase.receive': '正在上传文件',
    'phase.read': '正在读取数据行',
    'phase.check': '正在检查数据行',
    'phase.write': '正在写入数据库',
    'phase.done': '导入已完成',
    read: '已读取 {n} 行',
    checked: '已检查 {n} 行',
    written: '已写入 {n} 行',
    total: '共 {n} 行',
    rate: '每秒 {n} 行',
    rateUnknown: '速度估算中',
    seconds: '预计还需 {n} 秒',
    minutes: '预计还需约 {n} 分钟',
    leftUnknown: '剩余时间估算中',
  },
  en: {
    label: 'Import progress',
    'phase.receive': 'Uploading the file',
    'phase.read': 'Reading rows',
    'phase.check': 'Checking rows',
    'phase.write': 'Writing to the database',
    'phase.done': 'Import finished',
    read: '{n|row|rows} read',
    checked: '{n|row|rows} checked',
    written: '{n|row|rows} written',
    total: '{n|row|rows} in all',
    rate: '{n|row|rows} a second',
    rateUnknown: 'rate not known yet',
    seconds: 'about {n|second|seconds} left',
    minutes: 'about {n|minute|minutes} left',
    leftUnknown: 'time left not known yet',
  },
});
