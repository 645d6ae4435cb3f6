// The counts an archive's incident clusters carry beside `point_count`, so that the map can count
// a cluster's incidents inside any time window and categories (`geodata tiles` writes them,
// map/layers-tiled.ts reads them): per month, and per month and category.

/** The property counting a cluster's incidents of one month (year × 12 + month − 1). */
export const monthCountKey = (month: number): string => `m${month}`;

/** The property counting a cluster's incidents of one month and one category. */
export const monthCategoryCountKey = (month: number, category: string): string => `m${month}-${category}`;
