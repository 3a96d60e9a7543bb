export { IntakePage } from './pages/intake-page.tsx';
export { IntakeReviewPage } from './pages/intake-review-page.tsx';
