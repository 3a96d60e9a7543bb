export { DocumentsPage } from './pages/documents-page.tsx';
export { DocumentDetailPage } from './pages/document-detail-page.tsx';
export { ReviewsPage } from './pages/reviews-page.tsx';
