/** Administrative layers whose names are drawn from one label point each (written by the data build). */
export const LABELLED_UNITS: readonly string[] = ['districts-2020', 'communes-2025'];
export const labelSourceId = (layerId: string) => `${layerId}-labels`;
