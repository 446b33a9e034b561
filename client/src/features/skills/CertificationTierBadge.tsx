import { Badge } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useLocale, useT } from '../../i18n';
import { formatFiscalYear } from './skillFormat';
import type { CertificationTier } from '../../gql/graphql';

/** 「エキスパート（2026年度）」 */
export function CertificationTierBadge({ tier, fiscalYear, size = 'md' }: { tier: CertificationTier; fiscalYear?: number; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Badge color="grape" size={size} leftSection={<IconCertificate size={14} aria-hidden="true" />}>
      {t(`cert.tier.${tier}`)}
      {fiscalYear ? `（${formatFiscalYear(fiscalYear, locale)}）` : ''}
    </Badge>
  );
}
