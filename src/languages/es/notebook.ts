import type { NotebookStrings } from '../../ui/dom/notebook/notebook-strings.ts';

/**
 * El cuaderno en español (tú para quien juega). Las frases de lo aprendido dicen solo lo que dicen los hechos y las
 * fuentes del registro (src/core/notebook/knowledge.ts los nombra); `later` aparece cuando la historia llega ahí.
 */
export const notebookStrings: NotebookStrings = {
  title: 'Tu cuaderno',
  close: 'Cerrar',
  intro: 'Lo que has aprendido, lo que propusiste para la casa y cómo te ve su gente.',
  kioskIntro: 'Lo que propusiste y qué fue de ello.',
  shortcutNote: 'Alt+N abre y cierra el cuaderno.',
  learnedTitle: 'Lo que has aprendido',
  learnedNone: 'Nada todavía: la gente y los papeles de la casa te contarán más.',
  knowledge: {
    k_moscow_trials: {
      topic: 'los procesos de Moscú y la Comisión Dewey',
      text:
        'En los procesos de Moscú se acusó a Trotsky y a su hijo de crímenes contra el Estado soviético; la ' +
        'Comisión Dewey, que lo escuchó en Coyoacán en abril de 1937, concluyó que los cargos eran un montaje.',
    },
    k_sedov: {
      topic: 'los hijos de Trotsky, Lev y Serguéi',
      text:
        'Lev Sedov, el hijo mayor de Trotsky, murió tras una operación en una clínica de París en febrero de 1938, ' +
        'y Trotsky creyó que no fue una muerte natural; el menor, Serguéi, había sido fusilado en la Unión ' +
        'Soviética en 1937, aunque sus padres nunca lo supieron con certeza.',
    },
    k_spain: {
      topic: 'el verdadero nombre del asesino',
      text:
        'El hombre que se hacía llamar Jacson era Ramón Mercader, un español que había combatido en la Guerra ' +
        'Civil: sus huellas coincidieron con fichas de la policía española, y su nombre se hizo público en 1953.',
    },
    k_asylum: {
      topic: 'cómo México acogió a Trotsky',
      text:
        'México dio asilo a Trotsky a petición de Diego Rivera al presidente Cárdenas; desembarcó en Tampico en ' +
        'enero de 1937 y vivió más de dos años en la Casa Azul de Rivera y Kahlo, en Coyoacán.',
    },
    k_harte_past: {
      topic: 'Bob Harte',
      text:
        'Robert Sheldon Harte, Bob, de veinticinco años, hijo de un empresario de Nueva York, llegó a la casa en ' +
        'abril de 1940 como secretario y guardia.',
      later:
        'Los asaltantes se lo llevaron el 24 de mayo; en junio lo encontraron muerto, enterrado en una finca que ' +
        'rentaban parientes de Siqueiros. Si ayudó a los asaltantes sigue en disputa.',
    },
    k_jacson_story: {
      topic: 'el hombre llamado Jacson',
      text:
        'El hombre que llevaba a Sylvia Ageloff en coche decía llamarse Frank Jacson, hombre de negocios; durante ' +
        'meses la esperó afuera, en su coche, sin pedir nunca entrar.',
      later: 'Entró por primera vez el 28 de mayo de 1940, para llevar a los Rosmer a su barco en Veracruz.',
    },
    k_sylvia: {
      topic: 'Sylvia Ageloff',
      text:
        'Sylvia Ageloff, compañera de Nueva York cuya hermana Ruth había sido secretaria de Trotsky en 1937, llegó ' +
        'a México en enero de 1940 y le pasaba textos a máquina.',
      later:
        'Por ella llegó Jacson a la casa; la mayoría de los historiadores cree que nunca supo quién era él, aunque ' +
        'algunos autores la han acusado.',
    },
    k_comintern_press: {
      topic: 'lo que decían los periódicos prosoviéticos',
      text:
        'Desde enero de 1940, los periódicos prosoviéticos de México, El Popular y La Voz de México, llamaban a ' +
        'Trotsky traidor y agente de Hitler y de las petroleras.',
      later:
        'Tras el asalto afirmaron que él mismo lo había montado: un autoasalto. Era falso; en junio la ' +
        'investigación llevó a la policía hasta miembros del Partido Comunista.',
    },
  },
  learnedAbout: 'Aprendiste sobre:',
  withCaution: 'con cautela',
  sourcesLabel: 'Fuentes:',
  proposalsTitle: 'Tus propuestas para la casa',
  proposalsNone: 'Todavía no has propuesto nada para la casa.',
  adoptedTitle: 'Aceptadas',
  adoptedWhen: (chapter) => (chapter === null ? 'antes de este capítulo' : `en ${chapter}`),
  inRealHouse: 'En la casa real:',
  refusedTitle: 'Rechazadas',
  refusedWhen: (chapters) => (chapters.length === 0 ? '' : `en ${chapters.join(' y en ')}`),
  otherRefusals: 'La casa también rechazó otras sugerencias tuyas; la historia no guarda cuáles.',
  whoProposedNote:
    'Una medida aparece aquí en cuanto está en tu casa, la hayas propuesto tú o la hayan impulsado tus decisiones.',
  peopleTitle: 'Cómo te ve la gente de la casa',
  people: {
    trust_lt: {
      distant: 'El Viejo apenas te conoce todavía.',
      warming: 'El Viejo empieza a contar con tu trabajo.',
      trusts: 'El Viejo confía en tu trabajo y en tu palabra.',
      close: 'El Viejo te trata como a alguien de su propia casa.',
    },
    trust_natalia: {
      distant: 'Natalia apenas te conoce.',
      warming: 'A Natalia le da gusto verte.',
      trusts: 'Natalia confía en ti.',
      close: 'Natalia confía en ti como en alguien de la familia.',
    },
    trust_seva: {
      distant: 'Seva guarda su distancia.',
      warming: 'Seva empieza a buscarte.',
      trusts: 'Seva te cuenta entre sus amistades.',
      close: 'Para Seva eres su mejor amistad en la casa.',
    },
    trust_guards: {
      distant: 'Los otros guardias todavía no cuentan contigo.',
      warming: 'Los otros guardias se están acostumbrando a ti.',
      trusts: 'Los otros guardias cuentan contigo.',
      close: 'Los otros guardias seguirían tu ejemplo.',
    },
    trust_police: {
      distant: 'Los policías de la entrada no te conocen.',
      warming: 'Los policías de la entrada ya conocen tu cara.',
      trusts: 'Los policías de la entrada confían en ti.',
      close: 'Los policías de la entrada te cuentan entre sus amistades.',
    },
  },
  letters: {
    none: 'No has escrito a casa.',
    once: 'Has escrito a casa una vez.',
    several: 'Has escrito a casa más de una vez.',
  },
  debriefViewsTitle: 'Lo que pensaste',
  debriefNotebookLine: 'Tu cuaderno (Alt+N, o Cuaderno en el menú) guarda todo esto mientras juegas.',
  recordInBriefTitle: 'El registro en breve',
  showLong: 'Ver el balance completo',
  showShort: 'Ver el balance breve',
  kioskCards: {
    youTitle: 'Lo que hiciste',
    houseTitle: 'Lo que la casa real nunca hizo',
    recordTitle: 'Lo que pasó',
    recordLine: 'Todo lo que aparece aquí está en el registro, con sus fuentes.',
    openRecord: 'Leer el registro completo',
  },
};
