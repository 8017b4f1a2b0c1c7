/**
 * Official documents (NĐ 30/2020 format) are built here from core's numbers; the document engine
 * arrives with the documents issue. This module marks the layer so its tsconfig has a root.
 */
export const TEMPLATES_LAYER = 'templates';
