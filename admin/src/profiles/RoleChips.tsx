import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { parseJsonArray } from '../api/jsonFields';

/** Shows the record's roles as chips with their labels in the chosen language. */
export const RoleChips = ({ source = 'roles' }: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const roles = parseJsonArray(useFieldValue({ source }));
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {roles.map((role) => (
        <Chip key={role} size="small" label={translate(`rumis.role.${role}`, { _: role })} />
      ))}
    </Stack>
  );
};
