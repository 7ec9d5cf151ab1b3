import type { NotebookStrings } from '../../ui/dom/notebook/notebook-strings.ts';

/**
 * The notebook in English. The knowledge sentences state only what the record's beats and sources say
 * (src/core/notebook/knowledge.ts names them); a `later` sentence shows once the story has reached it.
 */
export const notebookStrings: NotebookStrings = {
  title: 'Your notebook',
  close: 'Close',
  intro: 'What you have learned, what you proposed for the house, and how its people regard you.',
  kioskIntro: 'What you proposed, and what became of it.',
  shortcutNote: 'Alt+N opens and closes the notebook.',
  learnedTitle: 'What you have learned',
  learnedNone: 'Nothing yet: the people and papers of the house will tell you more.',
  knowledge: {
    k_moscow_trials: {
      topic: 'the Moscow trials and the Dewey Commission',
      text:
        'At the Moscow trials Trotsky and his son were accused of crimes against the Soviet state; the Dewey ' +
        'Commission, which heard Trotsky in Coyoacán in April 1937, found the charges a frame-up.',
    },
    k_sedov: {
      topic: "Trotsky's sons, Lev and Sergei",
      text:
        "Trotsky's elder son, Lev Sedov, died after an operation in a Paris clinic in February 1938, and Trotsky " +
        'believed it was no natural death; the younger son, Sergei, had been shot in the Soviet Union in 1937, ' +
        'though his parents never knew it for certain.',
    },
    k_spain: {
      topic: "the assassin's real name",
      text:
        'The man who called himself Jacson was Ramón Mercader, a Spaniard who had fought in the Spanish Civil War: ' +
        'his fingerprints matched Spanish police records, and his name was made public in 1953.',
    },
    k_asylum: {
      topic: 'how Mexico took Trotsky in',
      text:
        "Mexico gave Trotsky asylum at Diego Rivera's request to President Cárdenas; he landed at Tampico in " +
        "January 1937 and lived for over two years in Rivera and Kahlo's Blue House in Coyoacán.",
    },
    k_harte_past: {
      topic: 'Bob Harte',
      text:
        "Robert Sheldon Harte, Bob, twenty-five, a New York businessman's son, came to the house in April 1940 as " +
        'a secretary and guard.',
      later:
        'The raiders took him with them on 24 May; in June he was found dead, buried at a farmhouse rented by ' +
        'relatives of Siqueiros. Whether he helped the raiders is still disputed.',
    },
    k_jacson_story: {
      topic: 'the man called Jacson',
      text:
        'The man who drove Sylvia Ageloff called himself Frank Jacson, a businessman; for months he waited outside ' +
        'in his car and never asked to come in.',
      later: 'He first came inside on 28 May 1940, to drive the Rosmers to their ship at Veracruz.',
    },
    k_sylvia: {
      topic: 'Sylvia Ageloff',
      text:
        "Sylvia Ageloff, a New York comrade whose sister Ruth had been Trotsky's secretary in 1937, came to " +
        'Mexico in January 1940 and typed for him.',
      later:
        'It was through her that Jacson came to the house; most historians believe she never knew what he was, ' +
        'though a few writers have accused her.',
    },
    k_comintern_press: {
      topic: 'what the pro-Soviet papers said',
      text:
        "Since January 1940 Mexico's pro-Soviet papers, El Popular and La Voz de México, had called Trotsky a " +
        'traitor and an agent of Hitler and of the oil companies.',
      later:
        'After the raid they claimed he had staged it on himself. It was false: in June the inquiry led the ' +
        'police to members of the Communist Party.',
    },
  },
  learnedAbout: 'You learned about:',
  withCaution: 'handle with care',
  sourcesLabel: 'Sources:',
  proposalsTitle: 'Your proposals for the house',
  proposalsNone: 'You have not proposed anything for the house yet.',
  adoptedTitle: 'Taken up',
  adoptedWhen: (chapter) => (chapter === null ? 'before this chapter' : `in ${chapter}`),
  inRealHouse: 'In the real house:',
  refusedTitle: 'Turned down',
  refusedWhen: (chapters) => (chapters.length === 0 ? '' : `in ${chapters.join(' and ')}`),
  otherRefusals: 'The house turned down other suggestions of yours too; the story does not keep which.',
  whoProposedNote:
    'A measure is listed once it is in your house, whether you proposed it or your choices helped it along.',
  peopleTitle: 'How the people of the house regard you',
  people: {
    trust_lt: {
      distant: 'The Old Man barely knows you yet.',
      warming: 'The Old Man has begun to count on your work.',
      trusts: 'The Old Man trusts your work and your word.',
      close: 'The Old Man treats you as one of his own household.',
    },
    trust_natalia: {
      distant: 'Natalia hardly knows you.',
      warming: 'Natalia is glad to see you.',
      trusts: 'Natalia trusts you.',
      close: 'Natalia trusts you like family.',
    },
    trust_seva: {
      distant: 'Seva keeps his distance.',
      warming: 'Seva has started to seek you out.',
      trusts: 'Seva counts you among his friends.',
      close: 'Seva thinks of you as his best friend in the house.',
    },
    trust_guards: {
      distant: 'The other guards do not rely on you yet.',
      warming: 'The other guards are getting used to you.',
      trusts: 'The other guards rely on you.',
      close: 'The other guards would follow your lead.',
    },
    trust_police: {
      distant: 'The police at the gate do not know you.',
      warming: 'The police at the gate know your face.',
      trusts: 'The police at the gate trust you.',
      close: 'The police at the gate count you as a friend.',
    },
  },
  letters: {
    none: 'You have not written home.',
    once: 'You have written home once.',
    several: 'You have written home more than once.',
  },
  debriefViewsTitle: 'What you thought',
  debriefNotebookLine: 'Your notebook (Alt+N, or Notebook in the menu) keeps all of this while you play.',
  recordInBriefTitle: 'The record in brief',
  showLong: 'Show the full debrief',
  showShort: 'Show the short debrief',
  kioskCards: {
    youTitle: 'What you did',
    houseTitle: 'What the real house never did',
    recordTitle: 'What happened',
    recordLine: 'Every event here is on the record, with its sources.',
    openRecord: 'Read the full record',
  },
};
