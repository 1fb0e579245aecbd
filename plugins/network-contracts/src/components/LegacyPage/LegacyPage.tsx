import { Header, Page } from '@backstage/core-components';
import type { ReactNode } from 'react';

/**
 * Props of {@link LegacyPage}.
 *
 * @public
 */
export type LegacyPageProps = {
  /** Title in the page header. */
  title: string;
  /** Subtitle in the page header. Default: none. */
  subtitle?: string;
  children: ReactNode;
};

/**
 * The page frame of the legacy frontend system, which does not draw page
 * headers for plugins.
 *
 * @public
 */
export function LegacyPage(props: LegacyPageProps) {
  return (
    <Page themeId="tool">
      <Header title={props.title} subtitle={props.subtitle} />
      {props.children}
    </Page>
  );
}
