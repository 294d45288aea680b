import { GlobalOutlined } from '@ant-design/icons';
import { Button, Tooltip, type ButtonProps } from 'antd';
import { useI18n } from '../lib/i18n.tsx';

interface LanguageSwitchProps extends Pick<ButtonProps, 'type' | 'size'> {
  /** Icon only, for narrow screens. */
  compact?: boolean;
}

/** One button that switches between 中文 and English; its text is written in the language it switches to. */
export function LanguageSwitch({ type = 'text', size, compact = false }: LanguageSwitchProps) {
  const { lang, t, setLang } = useI18n();
  const target = lang === 'zh' ? 'en' : 'zh';
  const switchLanguage = () => {
    setLang(target);
  };
  if (compact) {
    return (
      <Tooltip title={t('lang.switchLabel')}>
        <Button
          type={type}
          size={size}
          icon={<GlobalOutlined aria-hidden />}
          aria-label={t('lang.switchLabel')}
          onClick={switchLanguage}
        />
      </Tooltip>
    );
  }
  return (
    <Button
      type={type}
      size={size}
      icon={<GlobalOutlined aria-hidden />}
      title={t('lang.switchLabel')}
      onClick={switchLanguage}
    >
      <span lang={target === 'zh' ? 'zh-CN' : 'en'}>{t('lang.switchTo')}</span>
    </Button>
  );
}
