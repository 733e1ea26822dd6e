import { Menu as RaMenu, useCanAccess } from 'react-admin';

/** Renders the side menu: the home page only for profiles that have a dashboard, then every list the roles allow. */
export const Menu = () => {
  const { canAccess } = useCanAccess({ resource: 'dashboard', action: 'resources' });
  return (
    <RaMenu>
      {canAccess && <RaMenu.DashboardItem />}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
};
