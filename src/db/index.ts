export { db, MundapDatabase, DATABASE_NAME } from './database';
export type * from './rows';
export * from './open-database';
export * from './card-state-repository';
export * from './review-repository';
export * from './interview-repository';
export * from './settings-repository';
export * from './study-snapshot';
export * from './persistent-storage';
