export { personRoutes, positionRoutes } from './people.routes.ts';
export { findPersonInScope, insertPerson, insertPosition } from './people.repository.ts';
export { addPosition, createPerson, findPersonsByNames } from './people.service.ts';
export type { CreatePersonInput, CreatePositionInput } from './people.schemas.ts';
