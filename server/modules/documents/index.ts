export { documentRoutes } from './documents.routes.ts';
export { ATTACHMENT_MAX_BYTES } from './documents.schemas.ts';
export { loadCatalogue, type CatalogueLoadResult } from './catalogue/catalogue.load.ts';
export { FILE_KINDS, type FileKind, sniffFileKind, storeCheckedFile, type StoredFile } from './documents.files.ts';
export { createDocument, findCitedDocuments, getDocument, isLocalIssuer, citationOf, type CitedDocument } from './documents.service.ts';
export { CreateDocumentInputSchema, type CreateDocumentInput } from './documents.schemas.ts';
