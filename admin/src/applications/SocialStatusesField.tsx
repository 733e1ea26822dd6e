import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useSocialStatuses } from '../codeLists/useSubtypes';
import type { ApplicationRecord } from '../types';

/** Shows the application's social-support groups as labels in the chosen language. */
export const SocialStatusesField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ApplicationRecord>();
  const { labelOf } = useSocialStatuses();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {(record?.socialStatuses ?? []).map((code) => (
        <Chip key={code} size="small" label={labelOf(code)} />
      ))}
    </Stack>
  );
};
