import { defineDictionary } from './dictionary.ts';

/** The account widget in the header. */
export const accountText = defineDictionary({
  zh: {
    signIn: '登录',
    signOut: '退出',
    name: '账号',
    password: '密码',
    submit: '登录',
    cancel: '取消',
    anonymous: '访客（只读公开数据）',
    'role.viewer': '查看者',
    'role.member': '成员企业',
    'role.analyst': '分析员',
    'role.admin': '管理员',
    failed: '登录失败：{message}',
    tooMany: '登录失败次数过多，请 {seconds} 秒后再试（ATLAS_E_TOO_MANY_ATTEMPTS）',
  },
  en: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    name: 'Name',
    password: 'Password',
    submit: 'Sign in',
    cancel: 'Cancel',
    anonymous: 'Visitor (public data, read only)',
    'role.viewer': 'Viewer',
    'role.member': 'Member firm',
    'role.analyst': 'Analyst',
    'role.admin': 'Admin',
    failed: 'Sign-in failed: {message}',
    tooMany: 'Too many failed sign-ins: try again in {seconds} s (ATLAS_E_TOO_MANY_ATTEMPTS)',
  },
});
