/** A data file that could not be fetched, parsed or validated; its message names the file and the path. */
export class DataLoadError extends Error {}
