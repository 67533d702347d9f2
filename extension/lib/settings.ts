// Settings kept in storage.local and read by every part of the extension.
export const TEMPLATE_KEY = 'citationTemplate';
/** Bumped when the dataset is replaced, so open pages rebuild their engine. */
export const DATASET_REVISION_KEY = 'datasetRevision';
/** Origins the user enabled (match patterns), mirrored by registered content scripts. */
export const SITES_KEY = 'enabledSites';

/** The default citation form; {title} {article} {paragraph} {item} are filled by engine.cite. */
export const DEFAULT_TEMPLATE = '《{title}》{article}{paragraph}{item}';
