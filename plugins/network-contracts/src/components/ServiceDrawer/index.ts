export { ServiceDrawer, entityPath } from './ServiceDrawer';
export type { ServiceDrawerProps } from './ServiceDrawer';
