// Boilerplate: line/block classification shared by the boilerplate rules and the outline, and the
// clean-up command.
export { classifyArticle, classify, type BoilerplateAnalysis, type BoilerplateBlock, type BoilerplateKind, type BoilerplateSpan, type LineInfo, type LineRole } from './classify';
export { cleanArticle } from './clean';
