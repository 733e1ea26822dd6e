export * from './personal-code';
export * from './roles';
export * from './scope';
