import type { ClassroomChapter } from './chapter-start.ts';

/**
 * What the class discusses at the end of each chapter. `pause` is the one question shown on screen at the pause
 * point; `questions` are for the teacher's guide and the pause screen's "more questions"; `compare` asks the role
 * groups to put their scenes side by side. Facts inside a prompt carry `sources` (ids in story/record/sources.json).
 * docs/teacher-guide.md repeats these words exactly (a test keeps them in step).
 */
export interface ChapterPrompts {
  readonly chapter: ClassroomChapter;
  /** What the chapter covers, for the teacher, in one sentence. */
  readonly covers: string;
  readonly pause: string;
  readonly questions: readonly string[];
  readonly compare: string;
  readonly sources: readonly string[];
}

export const DISCUSSION_PROMPTS: readonly ChapterPrompts[] = [
  {
    chapter: 'ch1_arrival',
    covers:
      'Spring 1940: the guard arrives at Avenida Viena, learns the house and its people, and hears the city turn against its guest.',
    pause:
      'A handful of young volunteers with borrowed pistols guarded one man against the secret police of a great power. Why did they come, and what did they believe they could do?',
    questions: [
      'Mexico had given Trotsky asylum. What did asylum protect him from, and what could it not protect him from?',
      'The Communist press called every day for Trotsky to be thrown out of Mexico. Why would a newspaper campaign worry the people guarding the house?',
      'Which security ideas did you propose? Which were adopted, and who decided?',
    ],
    compare:
      'What did your role see in the first weeks that the other roles did not: the cars and the garage, the library and the secretaries, or the street and the kitchen?',
    sources: ['pat', 'ev', 'comintern'],
  },
  {
    chapter: 'ch2_raid',
    covers:
      'The night of 24 May 1940: about twenty men in police and army uniforms get into the house and fire into the bedrooms; the family survives; Sheldon Harte is taken.',
    pause:
      'There are three accounts of how the raiders got through the only door. Which did you believe at the end of the chapter, and what was your evidence?',
    questions: [
      'What could a guard know at four in the morning, and what do historians know now that no one in the house knew that night?',
      'The raiders fired for several minutes and yet everyone in the bedrooms survived. What explanations does the story offer?',
      'Why do the first newspaper reports, a Soviet archive and the people in the house tell the night differently?',
    ],
    compare:
      'Where was your character when the shooting began, and what did they hear, see or miss that another role did not?',
    sources: ['pat', 'lt_ssmd', 'mx_press_1940', 'mit'],
  },
  {
    chapter: 'ch3_aftermath',
    covers:
      'Late May to June 1940: the police suspect the household, two guards are held, the Communist press calls the raid a "self-attack", and Sheldon Harte is found dead.',
    pause:
      'Who was Sheldon Harte: a victim, a young man who was deceived, or an agent? What would it take to change your mind?',
    questions: [
      'Within days some newspapers claimed the household had staged the raid itself. Why might anyone say so, and how could such a claim be tested?',
      'The police first suspected the guards. What does that tell us about how an investigation can go wrong?',
      'Historians still disagree about Harte. Which sources do they rely on, and why might each one be partial?',
    ],
    compare: 'Each role knew Harte differently. How did what your character knew about him shape the view you took?',
    sources: ['pat', 'comintern', 'ss', 'lq', 'rou'],
  },
  {
    chapter: 'ch4_fortress',
    covers:
      'Summer 1940: steel doors, towers and a siren turn the house into a fortress, while familiar visitors still come in unsearched.',
    pause:
      'The house became a fortress, yet visitors the household knew still came in without being searched. Why did Trotsky refuse to have his friends searched?',
    questions: [
      'What did the fortifications protect against, and what could they not protect against?',
      'Who paid for the defences, and what does that say about the movement around Trotsky?',
      'Is there a point where protecting a person stops them living the life they want to protect? Where was it for Trotsky?',
    ],
    compare:
      'Which new defence did your role care about most, and which weakness worried your character that the others did not notice?',
    sources: ['han40', 'sch', 'pat'],
  },
  {
    chapter: 'ch5_rehearsal',
    covers:
      '17 August 1940: "Jacson" brings a draft article and spends eleven minutes alone with Trotsky in the study; afterwards Trotsky tells Natalia he does not like him.',
    pause:
      'On 17 August Trotsky said he did not like the visitor, and nothing changed. Looking back it seems obvious. What made it hard to see at the time?',
    questions: [
      'What is hindsight, and how does knowing the ending change the way we read 17 August?',
      'What had the household learned about "Jacson" by August, and from whom?',
      'Could the guards have acted differently within the orders they had? What would it have cost?',
    ],
    compare: 'What did your character notice about the visitor, and who would have listened?',
    sources: ['pat', 'volk', 'levine'],
  },
  {
    chapter: 'ch6_attack',
    covers:
      "20 August 1940: the afternoon, the visitor in the study, the attack with an ice axe, Trotsky's struggle, and the ambulance to the Cruz Verde.",
    pause:
      "Witnesses report Trotsky's words after the blow differently. Why might people who were there remember the same moment differently?",
    questions: [
      'The story shows the attack without gore. Why might a history game choose to do that, and what does it lose or gain?',
      'Who was responsible for the killing: the man in the study, the people who sent him, or others as well? What evidence would a historian need for each?',
      'Trotsky is reported to have told the guards not to kill the attacker. Why might that matter to him?',
    ],
    compare: 'Where was your role when the alarm went, and what did your character do in the minutes that followed?',
    sources: ['han40', 'pat', 'deu'],
  },
  {
    chapter: 'ch7_death',
    covers:
      '21–22 August 1940: Trotsky dies in hospital the next evening; a large crowd follows the funeral procession through Mexico City.',
    pause:
      'Newspapers reported an enormous crowd at the funeral of a foreign exile. Why would so many people in Mexico City follow his coffin?',
    questions: [
      "What does the killing show about how far Stalin's terror reached beyond the Soviet Union?",
      'The time of death and the size of the crowd differ between sources. Do small disagreements like these make a source less trustworthy?',
      'What did the household lose, and what did it keep?',
    ],
    compare: 'How did your character spend the day after the attack, and who did they stay close to?',
    sources: ['neuro', 'deu', 'sa'],
  },
  {
    chapter: 'epilogue',
    covers:
      "After 1940: the raiders and the assassin before the courts, the assassin identified as Ramón Mercader, the family's later lives, and the house as a museum.",
    pause:
      'The assassin was sentenced to twenty years and, once freed, honoured in Moscow; the house became a museum with an institute for the right of asylum. What should be remembered about these events, and by whom?',
    questions: [
      'What did the game invent, and what did it take from the record? How could you tell them apart while playing?',
      'Which source in the Record did you trust most, and why? Which did you trust least?',
      'What does this story say about asylum and exile today?',
    ],
    compare:
      "Put your three roles' views of the two disputed points side by side. Where did the class agree, and where did the evidence leave you divided?",
    sources: ['con', 'museum_blog', 'rourke_1943', 'wp'],
  },
];
