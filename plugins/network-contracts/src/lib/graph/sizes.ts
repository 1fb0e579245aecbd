/** Size of a service box, in pixels. */
export const SERVICE_SIZE = { width: 180, height: 48 };

/** Size of a network box, in pixels. */
export const NETWORK_SIZE = { width: 150, height: 32 };

/** Id of the group of the services that declare no known tier. */
export const UNTIERED_GROUP = 'tier:(none)';
