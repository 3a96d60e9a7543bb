export { documentRoutes } from './documents.routes.ts';
export { ATTACHMENT_MAX_BYTES } from './documents.schemas.ts';
export { loadCatalogue, type CatalogueLoadResult } from './catalogue/catalogue.load.ts';
export { FILE_KINDS, type FileKind, sniffFileKind, storeCheckedFile, type StoredFile } from './documents.files.ts';
