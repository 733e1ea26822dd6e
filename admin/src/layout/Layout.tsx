import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { RequireActiveProfile } from '../auth/RequireActiveProfile';
import { AppBar } from './AppBar';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar}>
    <RequireActiveProfile>{children}</RequireActiveProfile>
  </RaLayout>
);
