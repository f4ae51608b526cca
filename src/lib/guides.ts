// Guides with their own short URL (e.g. /lapor/); everything else lives under /panduan/<id>/.
export const GUIDE_ROUTES: Record<string, string> = { 'cara-melapor': '/lapor/' };
export const guidePath = (id: string) => GUIDE_ROUTES[id] ?? `/panduan/${id}/`;
