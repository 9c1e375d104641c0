// How a feature's state runs a backend call: the Workbench shows the error
// (in its toast) instead of throwing, and the call yields `undefined`.

export type Run = <T>(work: () => Promise<T>) => Promise<T | undefined>;
