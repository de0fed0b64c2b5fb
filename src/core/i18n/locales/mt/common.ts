import type { commonStrings as english } from '../../en/common.js';

/** Maltese UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Il-politika tal-privatezza qed titgħabba…',
  loadError:
    'Il-politika tal-privatezza ma setgħetx titgħabba, għalhekk bħalissa ma jistgħux jiġu offruti għażliet tal-privatezza. Xejn fakultattiv ma ġie attivat.',
  invalidPolicy:
    'Il-politika tal-privatezza ta’ dan is-sit fiha żbalji, għalhekk bħalissa ma jistgħux jiġu offruti għażliet tal-privatezza. Xejn fakultattiv ma ġie attivat.',
  close: 'Agħlaq',
  policyLink: 'Aqra l-politika tal-privatezza kollha',
  listAnd: ['mt', ' u ', ', ', ', u '],
};
