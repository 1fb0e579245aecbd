export { TopologyPage } from './TopologyPage';
