import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import type { UserRecord } from '../types';

/** Lists the person's profiles that the active administrator manages, each linked to its form. */
export const UserProfiles = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const record = useRecordContext<UserRecord>();
  const profiles = record?.profiles ?? [];
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="user-profiles">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.users.sections.profiles')}
      </Typography>
      {profiles.length === 0 ? (
        <Typography variant="body2">{translate('resources.users.no_profiles')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.profiles.fields.level')}</TableCell>
              <TableCell>{translate('resources.profiles.fields.object')}</TableCell>
              <TableCell>{translate('resources.profiles.fields.roles')}</TableCell>
              <TableCell>{translate('resources.profiles.fields.validUntil')}</TableCell>
              <TableCell>{translate('resources.profiles.fields.usable')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {profiles.map((profile) => (
              <TableRow key={profile.id}>
                <TableCell>
                  <Link to={createPath({ resource: 'profiles', id: profile.id, type: 'edit' })}>{translate(`rumis.level.${profile.level}`)}</Link>
                </TableCell>
                <TableCell>{profile.institutionName ?? profile.supervisorName ?? translate('rumis.profile.state_object')}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                    {profile.roles.map((role) => (
                      <Chip key={role} size="small" label={translate(`rumis.role.${role}`, { _: role })} />
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>{profile.validUntil ? formatDate(profile.validUntil) : translate('resources.profiles.no_limit')}</TableCell>
                <TableCell>{translate(profile.usable ? 'ra.boolean.true' : 'ra.boolean.false')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
