import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { ActiveProfileLabel } from './ActiveProfileLabel';
import { ProfileMenu } from './ProfileMenu';

/** Renders react-admin's app bar (with its language switch) and the active profile beside the user menu. */
export const AppBar = () => (
  <RaAppBar userMenu={<ProfileMenu />}>
    <TitlePortal />
    <ActiveProfileLabel />
  </RaAppBar>
);
