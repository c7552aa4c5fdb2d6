export { ReuseAnalysisPanel } from './ReuseAnalysisPanel';
export { CandidateList, ScoreChip } from './CandidateList';
