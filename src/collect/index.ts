export { buildCollectionWorkbook, defaultContact, type CollectionOptions, type CollectionWorkbook } from './collectionWorkbook';
export { defaultRespondentSelection, respondentsOf, selectRespondents, type Respondent, type RespondentSelection } from './respondents';
export { manifestSheetName, manifestFormat, cellMapColumns, type InputCell } from './cellMap';
export { ficheSheetName, safeSheetName, isValidSheetName } from './sheetName';
export { memberCode, totalMember } from './ficheSheet';
export { buildPlanWorkbook } from './planWorkbook';
export { carryOver, type PreviousEntry, type NotCarried, type NotCarriedReason, type CarryOverResult } from './carryOver';
export { previousEntries } from './previousEntries';
export { collectionPart, mergeCollections, mergedCollectionSpec, type CollectionPart, type MergedCollection, type MergedRespondent } from './mergedCollection';
