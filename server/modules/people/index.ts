export { personRoutes, positionRoutes } from './people.routes.ts';
export { findPersonInScope, insertPerson, insertPosition } from './people.repository.ts';
