// The rules this project derives records by; each is documented in data/README.md (a test checks that).
export const DOCUMENTED_RULES = ['thirds-v1', 'correction-first-v1'];
