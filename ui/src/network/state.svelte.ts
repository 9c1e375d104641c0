// The network settings the analyst chose, kept while the app runs so that
// leaving the network screen and coming back shows the same network.

import { defaultNetworkSettings, type NetworkSettings } from './settings';

export const networkSettings: NetworkSettings = $state(defaultNetworkSettings());
