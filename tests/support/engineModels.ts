import { loadShippedModels } from '../../cli/engineModels';

// The engine holds no weights of its own (the background fetches its model file): tests read it from public/.
loadShippedModels();
