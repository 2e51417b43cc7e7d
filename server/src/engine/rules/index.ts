// Every rule, in the order their findings are documented.
import brokenDate from './broken-date.js';
import budgetTotal from './budget-total.js';
import datePadding from './date-padding.js';
import docNumber from './doc-number.js';
import enumerationSeparator from './enumeration-separator.js';
import gradeScore from './grade-score.js';
import headcount from './headcount.js';
import headingNumbering from './heading-numbering.js';
import jiezhi from './jiezhi.js';
import leftoverInstruction from './leftover-instruction.js';
import missingSection from './missing-section.js';
import moneyUnit from './money-unit.js';
import overPrecise from './over-precise.js';
import pastedDebris from './pasted-debris.js';
import placeName from './place-name.js';
import problemsVsExecution from './problems-vs-execution.js';
import problemsVsTable from './problems-vs-table.js';
import ratio from './ratio.js';
import repeatedWord from './repeated-word.js';
import restatedTotal from './restated-total.js';
import type { Rule } from './rule.js';
import sectionOrder from './section-order.js';
import tableExecutionRate from './table-execution-rate.js';
import tableFarAboveTarget from './table-far-above-target.js';
import tableFinalOverBudget from './table-final-over-budget.js';
import tableFundSum from './table-fund-sum.js';
import tableIndicatorScore from './table-indicator-score.js';
import tableLowRate from './table-low-rate.js';
import tableNarrativeExecution from './table-narrative-execution.js';
import tableNarrativeScore from './table-narrative-score.js';
import tableNatureTotals from './table-nature-totals.js';
import tableRateScore from './table-rate-score.js';
import tableScoreOverWeight from './table-score-over-weight.js';
import tableTotalScore from './table-total-score.js';
import tableUnmetReason from './table-unmet-reason.js';
import tableWeightSum from './table-weight-sum.js';
import tableUnscored from './table-unscored.js';
import tableColumnTotal from './table-column-total.js';
import tableComparator from './table-comparator.js';
import tableCostDirection from './table-cost-direction.js';
import tableMoneyQuantity from './table-money-quantity.js';
import tableDuplicateIndicator from './table-duplicate-indicator.js';
import tableBenefitMeasure from './table-benefit-measure.js';
import tableSatisfactionEvidence from './table-satisfaction-evidence.js';
import copiedFromLastYear from './copied-from-last-year.js';
import tableQualitativeBand from './table-qualitative-band.js';
import spendingOverBudget from './spending-over-budget.js';
import statedTotal from './stated-total.js';
import typo from './typo.js';
import unbalancedBracket from './unbalanced-bracket.js';
import unfilledBlank from './unfilled-blank.js';
import unitSum from './unit-sum.js';
import unknownTemplate from './unknown-template.js';
import yearConsistency from './year-consistency.js';

export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  headingNumbering,
  budgetTotal,
  statedTotal,
  restatedTotal,
  unitSum,
  moneyUnit,
  headcount,
  spendingOverBudget,
  ratio,
  gradeScore,
  tableExecutionRate,
  tableFundSum,
  tableNatureTotals,
  tableRateScore,
  tableScoreOverWeight,
  tableTotalScore,
  tableNarrativeScore,
  tableNarrativeExecution,
  tableWeightSum,
  tableUnscored,
  tableComparator,
  tableColumnTotal,
  tableCostDirection,
  tableMoneyQuantity,
  tableDuplicateIndicator,
  tableBenefitMeasure,
  tableSatisfactionEvidence,
  tableQualitativeBand,
  copiedFromLastYear,
  tableIndicatorScore,
  tableFarAboveTarget,
  tableUnmetReason,
  tableLowRate,
  tableFinalOverBudget,
  docNumber,
  yearConsistency,
  brokenDate,
  datePadding,
  problemsVsExecution,
  problemsVsTable,
  pastedDebris,
  unfilledBlank,
  leftoverInstruction,
  enumerationSeparator,
  unbalancedBracket,
  repeatedWord,
  jiezhi,
  typo,
  placeName,
  overPrecise,
  unknownTemplate,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
