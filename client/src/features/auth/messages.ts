import type { Bilingual } from '../../lib/i18n.tsx';

export const authMessages = {
  pageTitle: { zh: '登录', en: 'Sign in' },
  productNameEn: { zh: 'Cloud Standards Progress Tracker', en: 'Cloud Standards Progress Tracker' },
  tagline: {
    zh: '跟踪云计算综合标准化体系建设进展：标准研制、研制方向覆盖与 2027 年目标。',
    en: 'Track the cloud computing standards system: standards in progress, coverage of the research directions and the 2027 goals.',
  },
  highlightCoverage: {
    zh: '6 个部分、50 个研制方向的覆盖情况',
    en: 'Coverage of the 6 parts and 50 research directions',
  },
  highlightProgress: {
    zh: '按任意日期查看 2027 年目标进展与预测',
    en: 'Progress toward the 2027 goals, as of any date, with a forecast',
  },
  highlightLifecycle: {
    zh: '标准全生命周期与贯标企业登记',
    en: 'Standards through their lifecycle, and the enterprises adopting them',
  },
  formTitle: { zh: '登录账号', en: 'Sign in to your account' },
  formHint: { zh: '请使用管理员为您分配的账号登录。', en: 'Use the account your administrator gave you.' },
  sessionExpired: { zh: '请登录后继续访问。', en: 'Sign in to continue.' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  enterUsername: { zh: '请输入用户名', en: 'Enter your username' },
  enterPassword: { zh: '请输入密码', en: 'Enter your password' },
  tooLong: { zh: '最多 {max} 个字符', en: 'At most {max} characters' },
  submit: { zh: '登录', en: 'Sign in' },
  submitting: { zh: '正在登录…', en: 'Signing in…' },
  forgotPassword: {
    zh: '忘记密码？请联系系统管理员重置。',
    en: 'Forgot your password? Ask an administrator to reset it.',
  },
  footer: { zh: '仅限授权用户使用', en: 'For authorised users only' },
  changePasswordTitle: { zh: '修改密码', en: 'Change password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  newPasswordHelp: {
    zh: '至少 8 个字符，建议使用容易记住的长句。',
    en: 'At least 8 characters; a long phrase you can remember works well.',
  },
  confirmPassword: { zh: '确认新密码', en: 'Confirm the new password' },
  enterCurrentPassword: { zh: '请输入当前密码', en: 'Enter your current password' },
  passwordsDiffer: { zh: '两次输入的新密码不一致', en: 'The two new passwords differ' },
  passwordChanged: { zh: '密码已修改', en: 'Your password was changed' },
} as const satisfies Record<string, Bilingual>;
