/** What people type, turned into case values: in src/ui/parse-input.ts, shared with the results' fee input. */
export * from '../ui/parse-input';
