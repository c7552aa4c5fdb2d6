import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@material-ui/core/Chip';
import { ProposalStatus } from '@internal/plugin-spbe-common';
import { spbeTranslationRef } from '../../translations';

const COLOR: Record<ProposalStatus, 'default' | 'primary' | 'secondary'> = {
  draft: 'default',
  submitted: 'primary',
  'in-review': 'primary',
  approved: 'secondary',
  'approved-with-conditions': 'secondary',
  'rejected-reuse': 'default',
  withdrawn: 'default',
};

export function ProposalStatusChip(props: { status: ProposalStatus }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <Chip
      size="small"
      color={COLOR[props.status] ?? 'default'}
      label={t(`proposalStatus.${props.status}`)}
      data-testid={`proposal-status-${props.status}`}
    />
  );
}
