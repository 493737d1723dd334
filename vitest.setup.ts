// Dexie tests run on an in-memory IndexedDB; the real one is exercised end to end in Chromium.
import 'fake-indexeddb/auto';
