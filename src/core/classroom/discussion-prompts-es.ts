import { DISCUSSION_PROMPTS, type ChapterPrompts } from './discussion-prompts.ts';

/** The Spanish words of one chapter's prompts; chapter and sources always come from the English prompts. */
type PromptWords = Pick<ChapterPrompts, 'covers' | 'pause' | 'questions' | 'compare'>;

const WORDS: Readonly<Record<ChapterPrompts['chapter'], PromptWords>> = {
  ch1_arrival: {
    covers:
      'Primavera de 1940: el guardia llega a la Avenida Viena, conoce la casa y a su gente, y escucha cómo la ciudad se vuelve contra su huésped.',
    pause:
      'Un puñado de voluntarios jóvenes con pistolas prestadas protegía a un solo hombre contra la policía secreta de una gran potencia. ¿Por qué vinieron y qué creían que podían lograr?',
    questions: [
      'México le había dado asilo a Trotsky. ¿De qué lo protegía el asilo y de qué no podía protegerlo?',
      'La prensa comunista pedía todos los días que expulsaran a Trotsky de México. ¿Por qué una campaña de periódicos preocuparía a quienes cuidaban la casa?',
      '¿Qué ideas de seguridad propusiste? ¿Cuáles se adoptaron y quién lo decidió?',
    ],
    compare:
      '¿Qué vio tu papel en las primeras semanas que los otros no vieron: los coches y la cochera, la biblioteca y los secretarios, o la calle y la cocina?',
  },
  ch2_raid: {
    covers:
      'La madrugada del 24 de mayo de 1940: unos veinte hombres con uniformes de policía y del ejército entran a la casa y disparan contra las recámaras; la familia sobrevive; se llevan a Sheldon Harte.',
    pause:
      'Hay tres versiones de cómo los asaltantes pasaron por la única puerta. ¿Cuál creías al terminar el capítulo y en qué pruebas te basabas?',
    questions: [
      '¿Qué podía saber un guardia a las cuatro de la mañana, y qué saben hoy los historiadores que nadie en la casa sabía esa noche?',
      'Los asaltantes dispararon durante varios minutos y aun así todos los que estaban en las recámaras sobrevivieron. ¿Qué explicaciones ofrece la historia?',
      '¿Por qué las primeras notas de los periódicos, un archivo soviético y la gente de la casa cuentan esa noche de maneras distintas?',
    ],
    compare:
      '¿Dónde estaba tu personaje cuando empezaron los disparos, y qué oyó, vio o se le escapó que otro papel sí notó?',
  },
  ch3_aftermath: {
    covers:
      'De fines de mayo a junio de 1940: la policía sospecha de la gente de la casa, detienen a dos guardias, la prensa comunista llama al asalto un "autoasalto" y encuentran muerto a Sheldon Harte.',
    pause:
      '¿Quién era Sheldon Harte: una víctima, un joven engañado o un agente? ¿Qué haría falta para que cambiaras de opinión?',
    questions: [
      'A los pocos días, algunos periódicos afirmaron que la propia casa había montado el asalto. ¿Por qué alguien diría algo así, y cómo se podría poner a prueba esa afirmación?',
      'Al principio la policía sospechó de los guardias. ¿Qué nos dice eso sobre cómo puede equivocarse una investigación?',
      'Los historiadores todavía no se ponen de acuerdo sobre Harte. ¿En qué fuentes se apoyan y por qué cada una podría ser parcial?',
    ],
    compare:
      'Cada papel conoció a Harte de otra manera. ¿Cómo influyó lo que tu personaje sabía de él en la opinión que tomaste?',
  },
  ch4_fortress: {
    covers:
      'Verano de 1940: puertas de acero, torres y una sirena convierten la casa en una fortaleza, mientras las visitas conocidas siguen entrando sin que nadie las revise.',
    pause:
      'La casa se volvió una fortaleza, pero las visitas que la casa conocía seguían entrando sin que las revisaran. ¿Por qué Trotsky se negó a que revisaran a sus amigos?',
    questions: [
      '¿Contra qué protegían las fortificaciones y contra qué no podían proteger?',
      '¿Quién pagó las defensas y qué nos dice eso del movimiento que rodeaba a Trotsky?',
      '¿Hay un punto en que proteger a una persona le impide vivir la vida que se quiere proteger? ¿Dónde estaba ese punto para Trotsky?',
    ],
    compare:
      '¿Qué defensa nueva le importaba más a tu papel, y qué punto débil preocupaba a tu personaje sin que los demás lo notaran?',
  },
  ch5_rehearsal: {
    covers:
      '17 de agosto de 1940: "Jacson" trae el borrador de un artículo y pasa once minutos a solas con Trotsky en el estudio; después, Trotsky le dice a Natalia que no le agrada.',
    pause:
      'El 17 de agosto Trotsky dijo que el visitante no le agradaba, y nada cambió. Visto desde hoy parece obvio. ¿Qué hacía difícil verlo en ese momento?',
    questions: [
      '¿Qué significa juzgar en retrospectiva, y cómo cambia nuestra lectura del 17 de agosto el saber cómo termina la historia?',
      '¿Qué había averiguado la casa sobre "Jacson" para agosto, y por medio de quién?',
      '¿Pudieron los guardias actuar de otra manera dentro de las órdenes que tenían? ¿Qué habría costado?',
    ],
    compare: '¿Qué notó tu personaje en el visitante, y quién le habría hecho caso?',
  },
  ch6_attack: {
    covers:
      '20 de agosto de 1940: la tarde, el visitante en el estudio, el ataque con un piolet, la lucha de Trotsky y la ambulancia a la Cruz Verde.',
    pause:
      'Los testigos cuentan de distinta manera las palabras de Trotsky después del golpe. ¿Por qué personas que estuvieron ahí recordarían el mismo momento de forma diferente?',
    questions: [
      'La historia muestra el ataque sin sangre ni detalles crudos. ¿Por qué un juego de historia elegiría hacerlo así, y qué pierde o qué gana con eso?',
      '¿Quién fue responsable del asesinato: el hombre del estudio, quienes lo enviaron, o también otros? ¿Qué pruebas necesitaría un historiador en cada caso?',
      'Se cuenta que Trotsky les dijo a los guardias que no mataran al atacante. ¿Por qué podría importarle eso?',
    ],
    compare: '¿Dónde estaba tu papel cuando sonó la alarma, y qué hizo tu personaje en los minutos siguientes?',
  },
  ch7_death: {
    covers:
      '21 y 22 de agosto de 1940: Trotsky muere en el hospital al anochecer del día siguiente; una gran multitud sigue el cortejo fúnebre por la Ciudad de México.',
    pause:
      'Los periódicos hablaron de una multitud enorme en el funeral de un exiliado extranjero. ¿Por qué tanta gente en la Ciudad de México seguiría su féretro?',
    questions: [
      '¿Qué muestra este asesinato sobre el alcance del terror de Stalin más allá de la Unión Soviética?',
      'La hora de la muerte y el tamaño de la multitud cambian de una fuente a otra. ¿Estos pequeños desacuerdos hacen que una fuente sea menos confiable?',
      '¿Qué perdió la casa y qué conservó?',
    ],
    compare: '¿Cómo pasó tu personaje el día después del ataque, y de quién no se apartó?',
  },
  epilogue: {
    covers:
      'Después de 1940: los asaltantes y el asesino ante los tribunales, el asesino identificado como Ramón Mercader, la vida posterior de la familia y la casa convertida en museo.',
    pause:
      'El asesino fue condenado a veinte años y, ya libre, homenajeado en Moscú; la casa se volvió un museo con un instituto dedicado al derecho de asilo. ¿Qué debería recordarse de estos hechos, y quién debería recordarlo?',
    questions: [
      '¿Qué inventó el juego y qué tomó del registro? ¿Cómo podías distinguirlos mientras jugabas?',
      '¿En qué fuente del registro confiaste más, y por qué? ¿En cuál confiaste menos?',
      '¿Qué nos dice esta historia sobre el asilo y el exilio hoy?',
    ],
    compare:
      'Pongan lado a lado lo que opinaron sus tres papeles sobre los dos puntos en disputa. ¿En qué coincidió el grupo y en qué las pruebas los dejaron divididos?',
  },
};

/**
 * The discussion prompts in Spanish (Mexico): the same chapters, in the same order, with the same sources as
 * DISCUSSION_PROMPTS. docs/es/teacher-guide.md repeats these words exactly (a test keeps them in step).
 */
export const DISCUSSION_PROMPTS_ES: readonly ChapterPrompts[] = DISCUSSION_PROMPTS.map((p) => ({
  ...p,
  ...WORDS[p.chapter],
}));
